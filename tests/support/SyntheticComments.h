#pragma once

// A labelled set of reader comments on news articles for the spam filter's tests and benchmark, made
// from a seed without any network: ham in many shapes (on-topic replies, disagreements, questions,
// corrections, anecdotes, replies to other readers, legitimate links to sources, angry capitals, talk of
// money and crypto in the news, short thanks) and spam in several families (SEO link spam, crypto and
// casino, pharma, generic praise with a link, look-alike Unicode and invisible characters, short promos
// with obfuscated addresses, recovery scams, on-topic openers with a pitch). The families overlap on
// purpose (ham that links or talks money, spam without links, short praise on both sides), words get
// typos, and a small share of labels is flipped, so that it is not trivially separable.

#include "core/Comment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace Newsdesk::Testing {

/// One generated comment with its truth.
struct LabelledComment
{
    Comment comment;
    bool spam = false;
    QString family; ///< the template family it came from, for breakdowns
};

class SyntheticComments
{
public:
    struct Options
    {
        double spamShare = 0.4;
        double labelNoise = 0.015; ///< share of labels flipped (curators err, sets have errors)
        double typoRate = 0.03;    ///< share of words with a typo
        QList<qint64> articleIds;  ///< comments are spread over these; empty: article 0
        QDateTime start = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
        int spanDays = 30;
    };

    explicit SyntheticComments(quint32 seed)
        : m_random(seed)
    {
    }

    /// count comments; a reply's parentId is -(index + 1) of an earlier comment on the same article, as
    /// CommentRepository::insert(QList) reads it.
    QList<LabelledComment> generate(int count, const Options &options)
    {
        QList<LabelledComment> list;
        list.reserve(count);
        QList<qsizetype> hamIndexes;
        for (int i = 0; i < count; ++i) {
            const bool spam = chance(options.spamShare);
            LabelledComment item = spam ? spamComment() : hamComment();
            item.spam = spam;
            Comment &c = item.comment;
            c.articleId =
                options.articleIds.isEmpty() ? 0 : options.articleIds.at(pick(options.articleIds.size()));
            c.postedAt = options.start.addSecs(qint64(uniform(0, options.spanDays * 86400)));
            if (!spam && !hamIndexes.isEmpty() && chance(0.3)) {
                // A reply to an earlier reader on the same article (the last few, like a live thread).
                for (int tries = 0; tries < 6; ++tries) {
                    const qsizetype parent = hamIndexes.at(hamIndexes.size() - 1 -
                                                           pick(std::min<qsizetype>(hamIndexes.size(), 20)));
                    if (list.at(parent).comment.articleId == c.articleId) {
                        c.parentId = -(parent + 1);
                        break;
                    }
                }
            }
            c.bodyText = withTypos(c.bodyText, options.typoRate);
            if (c.body.isEmpty())
                c.body = commentHtmlFromText(c.bodyText);
            else
                c.bodyText = QString(); // derived from the HTML by whoever reads it
            c.externalId = QStringLiteral("syn-%1").arg(i + 1);
            if (chance(options.labelNoise))
                item.spam = !item.spam;
            if (!spam)
                hamIndexes << list.size();
            list << item;
        }
        return list;
    }

    QList<LabelledComment> generate(int count) { return generate(count, Options()); }

private:
    // --- randomness ------------------------------------------------------------------------------

    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    qsizetype pick(qsizetype n)
    {
        return qsizetype(std::uniform_int_distribution<qsizetype>(0, n - 1)(m_random));
    }
    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    QString any(const QStringList &list) { return list.at(pick(list.size())); }
    QString any(std::initializer_list<const char *> list)
    {
        return QString::fromUtf8(*(list.begin() + pick(qsizetype(list.size()))));
    }

    QString capitalised(QString text)
    {
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text;
    }

    QString withTypos(const QString &text, double rate)
    {
        QStringList words = text.split(QLatin1Char(' '));
        for (QString &word : words) {
            if (word.size() < 4 || !chance(rate))
                continue;
            const qsizetype at = 1 + pick(word.size() - 2);
            switch (uniform(0, 2)) {
            case 0:
                word.remove(at, 1);
                break;
            case 1:
                std::swap(word[at], word[at - 1]);
                break;
            default:
                word.insert(at, word.at(at));
                break;
            }
        }
        return words.join(QLatin1Char(' '));
    }

    // --- vocabulary ------------------------------------------------------------------------------

    QString subject()
    {
        return any({"the budget",
                    "the coalition",
                    "the minister",
                    "the opposition",
                    "the referendum",
                    "the council",
                    "the central bank",
                    "interest rates",
                    "inflation",
                    "the housing market",
                    "the pension reform",
                    "the new tariffs",
                    "the carbon tax",
                    "the wind farm plan",
                    "the flood defences",
                    "the heatwave response",
                    "the vaccine rollout",
                    "hospital waiting lists",
                    "the nurses' strike",
                    "the rail strike",
                    "the harbour plan",
                    "the school closures",
                    "the bus cuts",
                    "the ceasefire",
                    "the sanctions",
                    "the peace talks",
                    "the border deal",
                    "the refugee policy",
                    "the AI rules",
                    "the data privacy law",
                    "the broadband rollout",
                    "the chip plant",
                    "the transfer window",
                    "the new stadium",
                    "the World Cup bid",
                    "the library funding",
                    "the election result",
                    "the polls",
                    "the court ruling",
                    "the inquiry",
                    "the police budget",
                    "unemployment",
                    "wage growth",
                    "the trade deficit",
                    "the drought",
                    "the glacier study",
                    "the emissions target",
                    "the energy bills"});
    }
    QString person()
    {
        return any({"the prime minister", "the chancellor", "the mayor", "the health secretary",
                    "the governor", "the union leader", "the opposition leader", "the judge", "the coach",
                    "the chief economist", "the foreign minister", "the council leader", "the author",
                    "the reporter"});
    }
    QString org()
    {
        return any({"ONS", "IMF", "OECD", "WHO", "Met Office", "Eurostat", "central bank", "treasury",
                    "audit office", "electoral commission", "NHS", "UN", "World Bank", "IPCC"});
    }
    QString place()
    {
        return any({"Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Manchester", "the north east",
                    "rural Wales", "our town", "Rotterdam", "Lyon", "Toronto", "Melbourne", "Dublin",
                    "the coast", "my village", "Hamburg", "Porto", "Aberdeen"});
    }
    QString adjective()
    {
        return any({"overdue", "badly designed", "a step in the right direction", "far too timid",
                    "unfair on renters", "long overdue", "a mess", "sensible", "poorly explained",
                    "expensive", "the right call", "a distraction", "unworkable", "underfunded", "reasonable",
                    "risky", "a fudge", "popular locally", "short-sighted"});
    }
    QString reason()
    {
        return QStringLiteral("%1 %2 %3")
            .arg(any({"because", "since", "given that", "when", "as long as", "unless"}),
                 any({"nobody has costed", "the figures for", "the last review of", "the consultation on",
                      "the evidence on", "the history of", "the funding for", "the timetable for",
                      "local opposition to", "the impact on families of"}),
                 subject());
    }
    QString name()
    {
        return any({"Anna",    "Ben",      "Chloe",   "David",   "Elena",    "Farid",  "Grace",  "Hugo",
                    "Isla",    "James",    "Kofi",    "Laura",   "Mohammed", "Nadia",  "Oliver", "Priya",
                    "Quentin", "Rosa",     "Sam",     "Tomasz",  "Uma",      "Victor", "Wen",    "Yusuf",
                    "Zoe",     "Margaret", "Patrick", "Siobhan", "Ahmed",    "Ingrid"}) +
               (chance(0.7) ? QLatin1Char(' ') + any({"Smith",    "Jones",    "Okafor",    "Patel",  "Nguyen",
                                                      "Murphy",   "Kowalski", "Garcia",    "Müller", "Rossi",
                                                      "Haddad",   "Brown",    "Taylor",    "Wilson", "Evans",
                                                      "Campbell", "O'Neill",  "Lindqvist", "Dubois", "Costa"})
                            : QString());
    }
    QString emailFor(const QString &author)
    {
        QString local = author.toLower();
        local.replace(QLatin1Char(' '), any({".", "_", ""}));
        local.remove(QLatin1Char('\''));
        if (chance(0.3))
            local += QString::number(uniform(1, 99));
        return local + QLatin1Char('@') +
               any({"gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "btinternet.com", "icloud.com",
                    "uni-leeds.ac.uk", "gmx.de", "orange.fr", "hotmail.com"});
    }
    QString hamIp()
    {
        return QStringLiteral("%1.%2.%3.%4")
            .arg(uniform(2, 220))
            .arg(uniform(0, 255))
            .arg(uniform(0, 255))
            .arg(uniform(1, 254));
    }
    QString spamIp()
    {
        // Spam comes from a few networks more often than not.
        if (chance(0.6))
            return QStringLiteral("%1.%2.%3")
                .arg(any({"185.220.101", "45.146.164", "91.240.118", "103.152.17", "5.188.62"}))
                .arg(uniform(1, 254));
        return hamIp();
    }
    QString spamDomain()
    {
        // Made up from syllables, so that most of the domains of a test set were never seen in training:
        // spammers rotate their domains faster than any list keeps up.
        QString domain;
        for (int i = 0, n = uniform(2, 3); i < n; ++i) {
            if (i > 0 && chance(0.4))
                domain += QLatin1Char('-');
            domain += any({"best",   "cheap", "pro",  "top",  "win",    "deal",   "shop",  "rx",
                           "meds",   "coin",  "lux",  "fast", "smart",  "go",     "my",    "get",
                           "hub",    "zone",  "king", "star", "cash",   "bet",    "slot",  "loan",
                           "vip",    "seo",   "rank", "link", "pill",   "health", "trade", "profit",
                           "crypto", "bit",   "easy", "now",  "online", "direct", "world", "club",
                           "365",    "24",    "uk",   "usa",  "plus",   "max"});
        }
        return domain + QLatin1Char('.') +
               any({"com", "net", "xyz", "info", "biz", "top", "ru", "online", "site", "shop", "co", "io",
                    "club", "store", "pw", "cc"});
    }
    QString spamUrl()
    {
        return any({"http://", "https://", "https://www.", "http://www.", ""}) + spamDomain() +
               (chance(0.6)
                    ? QLatin1Char('/') + any({"offer", "go", "ref=7731", "promo", "landing", "p/2931", "best",
                                              "deal?id=88", "signup", "win", "bonus", "shop", "free"})
                    : QString());
    }
    QString legitUrl()
    {
        return QStringLiteral("https://") +
               any({"www.ons.gov.uk",
                    "www.bbc.co.uk",
                    "en.wikipedia.org",
                    "www.who.int",
                    "www.metoffice.gov.uk",
                    "www.reuters.com",
                    "data.oecd.org",
                    "www.parliament.uk",
                    "www.ipcc.ch",
                    "www.imf.org",
                    "www.theguardian.com",
                    "github.com",
                    "www.legislation.gov.uk",
                    "www.nature.com",
                    "www.gov.uk",
                    "www.ft.com",
                    "apnews.com",
                    "www.statista.com",
                    "ourworldindata.org",
                    "www.nhs.uk",
                    "www.ecb.europa.eu",
                    "www.census.gov",
                    "www.bankofengland.co.uk",
                    "www.carbonbrief.org",
                    "fullfact.org",
                    "www.sciencedirect.com",
                    "archive.org"}) +
               QLatin1Char('/') +
               any({"economy/inflation", "news/uk-politics-6812", "wiki/Carbon_tax", "news/item/2024",
                    "weather/climate", "markets/rates", "unemp/unemployment-rate.htm", "business/bills",
                    "report/ar6/syr", "en/Publications/WEO", "politics/2024/may", "opendata/council-budgets",
                    "ukpga/2024/3", "articles/s41558", "data/housing", "grants/heat-pumps",
                    "search?q=tariffs", "stats/2023-annual.pdf", "explainers/energy-prices"});
    }

    /// What readers and bots alike post in a few words.
    QString shortComment()
    {
        return any({"Thanks for this.", "Great piece, very clear.", "Well said.", "Interesting read.",
                    "Good reporting.", "Great article, thanks for sharing.", "Exactly this.",
                    "Very helpful explainer, thank you.", "This.", "Brilliant, thanks!", "So true",
                    "Agree 100%", "Nice", "Love this!!", "Great points here"});
    }

    // --- ham -------------------------------------------------------------------------------------

    LabelledComment hamComment()
    {
        LabelledComment item;
        Comment &c = item.comment;
        c.author = name();
        c.authorEmail = chance(0.8) ? (chance(0.15) ? spamEmail(QString()) : emailFor(c.author)) : QString();
        c.authorUrl =
            chance(0.08)
                ? QStringLiteral("https://%1.%2")
                      .arg(c.author.section(QLatin1Char(' '), 0, 0).toLower(),
                           any({"blog.example", "substack.com", "medium.com", "wordpress.com", "net", "me"}))
                : QString();
        c.authorIp = hamIp();
        const int family = uniform(0, 14);
        QString text;
        switch (family) {
        case 0:
            item.family = QStringLiteral("ham-opinion");
            text = QStringLiteral("I think %1 is %2, %3.").arg(subject(), adjective(), reason());
            if (chance(0.5))
                text += QStringLiteral(" %1 should have said so.").arg(capitalised(person()));
            break;
        case 1:
            item.family = QStringLiteral("ham-disagreement");
            text =
                QStringLiteral("%1 %2 won't fix %3; %4.")
                    .arg(any({"Disagree.", "I don't buy this.", "Not convinced.", "Sorry, but no.", "Hmm."}),
                         capitalised(subject()), subject(), reason());
            break;
        case 2:
            item.family = QStringLiteral("ham-question");
            text = QStringLiteral("%1 whether %2 applies to %3? %4")
                       .arg(any({"Does anyone know", "Can the reporter say", "Could someone explain",
                                 "Any idea"}),
                            subject(), place(),
                            any({"The article doesn't say.", "Asking for my parents.",
                                 "It matters a lot here.", "", "Genuinely curious."}));
            break;
        case 3:
            item.family = QStringLiteral("ham-correction");
            text = QStringLiteral("Small correction: the %1 figures came out in %2 %3, not %4. %5")
                       .arg(org(), any({"March", "April", "May", "June", "October"}))
                       .arg(uniform(2015, 2024))
                       .arg(any({"February", "July", "September", "last year"}),
                            any({"Otherwise a good piece.", "Worth fixing.", "Minor point.", ""}));
            break;
        case 4:
            item.family = QStringLiteral("ham-anecdote");
            text =
                QStringLiteral("As a %1 in %2, I can tell you %3 is %4. %5")
                    .arg(any({"nurse", "teacher", "bus driver", "farmer", "small business owner", "student",
                              "pensioner", "civil servant", "landlord", "software developer", "GP"}),
                         place(), subject(), adjective(),
                         any({"Nobody asked us.", "We felt it last winter.", "Things have changed since.",
                              "My colleagues agree.", ""}));
            break;
        case 5:
            item.family = QStringLiteral("ham-reply");
            text = QStringLiteral("@%1 %2, but %3 %4.")
                       .arg(name().section(QLatin1Char(' '), 0, 0),
                            any({"good point", "fair enough", "I see what you mean",
                                 "you're right about the cost", "that's not what the article says"}),
                            subject(),
                            any({"is a separate issue", "was announced last year", "still matters",
                                 "will take years", "is what people here care about"}));
            break;
        case 6:
            item.family = QStringLiteral("ham-source-link");
            text =
                QStringLiteral("%1 %2 %3")
                    .arg(any({"The full data is here:", "Source for the numbers:",
                              "For anyone interested, the report:", "The original study:",
                              "Worth reading the primary source:"}),
                         legitUrl(),
                         any({"It tells a different story.", "", "See table 3.", "Page 12 is the key one."}));
            if (chance(0.3))
                text += QLatin1Char(' ') + legitUrl();
            break;
        case 7:
            item.family = QStringLiteral("ham-shouting");
            text = QStringLiteral("%1 IS A DISGRACE. %2 %3")
                       .arg(subject().toUpper(),
                            any({"WHO SIGNED THIS OFF?", "NOBODY VOTED FOR IT.", "RESIGN NOW.",
                                 "THIS AFFECTS REAL PEOPLE."}),
                            any({"Angry doesn't cover it.", "", "Shameful."}));
            break;
        case 8:
            item.family = QStringLiteral("ham-money-news");
            text = QStringLiteral("%1 after the %2 statement shows %3 matters more than people think. %4")
                       .arg(any({"Bitcoin's 10% drop", "The fall in crypto prices",
                                 "The rise in mortgage rates", "The pound's slide",
                                 "The jump in energy bills", "Losing £200 a month on rent"}),
                            org(), subject(),
                            any({"Not investment advice, obviously.", "Savers lose again.",
                                 "My pension fund lost money too.",
                                 "Casinos and crypto ads should be banned.", ""}));
            break;
        case 9:
            item.family = QStringLiteral("ham-short");
            text = shortComment();
            break;
        case 10:
            item.family = QStringLiteral("ham-long");
            text = QStringLiteral("%1 %2\n\n%3 %4")
                       .arg(QStringLiteral("I have followed %1 for years and %2 is %3.")
                                .arg(subject(), person(), adjective()),
                            QStringLiteral("The piece is right that %1 is %2, %3.")
                                .arg(subject(), adjective(), reason()),
                            QStringLiteral("But %1 in %2 tells another story: %3 has been %4 since %5.")
                                .arg(subject(), place(), subject(),
                                     any({"falling", "rising", "flat", "ignored"}))
                                .arg(uniform(2010, 2023)),
                            any({"I'd like to see a follow-up.", "More of this kind of reporting, please.",
                                 "Would the author look into it?", "We deserve better answers."}));
            break;
        case 11:
            item.family = QStringLiteral("ham-sloppy");
            text = QStringLiteral("%1 %2 again. %3")
                       .arg(any({"lol", "ugh", "here we go", "wow", "classic"}), subject(),
                            any({"same old story", "who could have guessed", "sigh", "never changes",
                                 "not surprised tbh"}));
            break;
        case 12:
            item.family = QStringLiteral("ham-praise-link");
            // Overlaps with spam: praise and a link, but to the reader's own blog post on the subject.
            text = QStringLiteral("Great article, thanks for sharing. I wrote about %1 in %2 last year: %3")
                       .arg(subject(), place(), legitUrl());
            break;
        case 13:
            item.family = QStringLiteral("ham-recommendation");
            // Overlaps with spam: a reader recommending something, with money in it.
            text = QStringLiteral("%1 %2 %3")
                       .arg(any({"I switched to a heat pump with the grant and my bills halved.",
                                 "We moved our savings to a fixed-rate ISA last year, best decision.",
                                 "The council's free insulation scheme saved us £300 a year.",
                                 "I sold my bitcoin in 2021 and honestly I'm glad.",
                                 "Check your energy tariff, we saved £200 by switching."}),
                            any({"Recommend it.", "Worth a look.", "Not an ad!", "",
                                 "Details on the council site."}),
                            chance(0.3) ? legitUrl() : QString());
            break;
        default:
            item.family = QStringLiteral("ham-agreement");
            text =
                QStringLiteral("%1 %2 %3.")
                    .arg(any({"Agree with every word.", "Spot on.", "Finally someone says it.", "Yes!"}),
                         capitalised(subject()),
                         chance(0.3) ? QStringLiteral("is what matters in ") + place()
                                     : any({"needed saying", "has been a scandal for years", "is overdue"}));
            break;
        }
        c.bodyText = text.trimmed();
        return item;
    }

    // --- spam ------------------------------------------------------------------------------------

    QString keywordName()
    {
        return any({"Best Roofing Contractor",
                    "Cheap Flights London",
                    "Crypto Recovery Expert",
                    "Buy Viagra Online",
                    "SEO Services UK",
                    "Online Casino Bonus",
                    "Payday Loans Fast",
                    "Replica Watches",
                    "CBD Oil Shop",
                    "Essay Writing Service",
                    "Weight Loss Pills",
                    "Forex Signals",
                    "Instagram Followers",
                    "Dating Site",
                    "Plumber Near Me",
                    "Car Insurance Quotes",
                    "Locksmith 24h",
                    "Bitcoin Trader",
                    "Movers And Packers",
                    "Keto Diet"});
    }
    QString spamEmail(const QString &author)
    {
        if (chance(0.4))
            return emailFor(author.contains(QLatin1Char(' ')) && !author.at(0).isDigit() ? author : name());
        static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        QString local;
        for (int i = 0, n = uniform(5, 9); i < n; ++i)
            local += letters.at(pick(letters.size()));
        if (chance(0.7))
            local += QString::number(uniform(100, 99999));
        return local + QLatin1Char('@') +
               any({"gmail.com", "mail.ru", "outlook.com", "yandex.com", "hotmail.com", "protonmail.com",
                    "qq.com"});
    }

    /// Cyrillic and Greek look-alikes, invisible characters or full-width letters in a text.
    QString disguised(const QString &text)
    {
        QString out;
        const int style = uniform(0, 2);
        for (const QChar c : text) {
            if (style == 0 && chance(0.35)) {
                switch (c.unicode()) {
                case u'a':
                    out += QChar(0x0430);
                    continue;
                case u'e':
                    out += QChar(0x0435);
                    continue;
                case u'o':
                    out += QChar(0x043e);
                    continue;
                case u'p':
                    out += QChar(0x0440);
                    continue;
                case u'c':
                    out += QChar(0x0441);
                    continue;
                case u'i':
                    out += QChar(0x0456);
                    continue;
                case u'y':
                    out += QChar(0x0443);
                    continue;
                default:
                    break;
                }
            }
            if (style == 1 && c.isLetter() && chance(0.2)) {
                out += c;
                out += QChar(0x200b); // zero-width space
                continue;
            }
            if (style == 2 && c.unicode() >= u'!' && c.unicode() <= u'~' && chance(0.5)) {
                out += QChar(char16_t(c.unicode() - u'!' + 0xff01)); // full-width form
                continue;
            }
            out += c;
        }
        return out;
    }

    QString pitch()
    {
        return any({"earn $%1 a day from home", "get %1% off your first order", "claim a %1 free spins bonus",
                    "lose %1 kg in a month", "double your bitcoin in %1 days", "get %1 real followers",
                    "borrow up to £%1,000 today", "meet %1 singles near you", "buy %1 backlinks cheap",
                    "win up to $%1,000 tonight"})
            .arg(uniform(5, 500));
    }
    QString callToAction()
    {
        return any({"Check it out:", "Visit", "Details here:", "More info:", "Click here:", "See", "Go to",
                    "Sign up at", "Order at", "Learn how:", "Start now at", ""});
    }
    QString praise()
    {
        return any({"Great post! Very informative.", "This is really helpful, thank you.",
                    "Wow, amazing blog!", "Thanks for the good writeup.",
                    "I like this website, very useful info.", "Great article, thanks for sharing.",
                    "Nice article, thanks for sharing!", "Very informative post.",
                    "I really enjoyed reading this.", "Useful information.", "Keep up the good work.",
                    "Thank you for this blog post.", "Well written, bookmarked!", "Interesting read.",
                    "Good reporting.", "Thanks for this."});
    }

    LabelledComment spamComment()
    {
        LabelledComment item;
        Comment &c = item.comment;
        // Most spam comes under ordinary names without a website, as on YouTube and Disqus.
        c.author = chance(0.25) ? keywordName() : name();
        c.authorEmail = chance(0.8) ? spamEmail(c.author) : QString();
        c.authorUrl = chance(0.3) ? spamUrl() : QString();
        c.authorIp = spamIp();
        const int family = uniform(0, 12);
        QString text;
        QString html;
        switch (family) {
        case 0: {
            item.family = QStringLiteral("spam-seo");
            const QString keyword =
                any({"roof repair", "cheap flights", "seo services", "essay writing", "car insurance",
                     "plumbing", "web design", "backlinks", "dentist", "locksmith", "removals",
                     "solar panels", "boiler repair", "wedding dresses"});
            html = QStringLiteral("<p>%1 %2 <a href=\"%3\">%4</a></p>")
                       .arg(praise().toHtmlEscaped(),
                            any({"I also wrote about", "For anyone looking for", "We offer",
                                 "Read more about", "Best"}),
                            spamUrl(), keyword);
            if (chance(0.4))
                html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                            .arg(spamUrl(), keyword + QStringLiteral(" near me"));
            break;
        }
        case 1:
            item.family = QStringLiteral("spam-crypto");
            text =
                QStringLiteral("%1 %2 %3 with %4. %5")
                    .arg(any({"I made $%1,000 in %2 weeks", "My portfolio grew %1% in %2 months",
                              "I now earn $%1k a month after %2 weeks"})
                             .arg(uniform(3, 90))
                             .arg(uniform(1, 6)),
                         any({"trading", "investing in", "mining", "staking"}),
                         any({"bitcoin", "crypto", "forex", "ethereum", "binary options", "gold", "stocks"}),
                         any({"Mr. Daniel", "expert Sarah Miller", "this platform", "a broker I trust",
                              "an account manager"}),
                         chance(0.5) ? QStringLiteral("Contact on %1 +%2 %3 %4")
                                           .arg(any({"WhatsApp", "Telegram", "Signal"}))
                                           .arg(uniform(1, 99))
                                           .arg(uniform(100, 999))
                                           .arg(uniform(1000, 9999))
                                     : callToAction() + QLatin1Char(' ') + spamUrl());
            break;
        case 2:
            item.family = QStringLiteral("spam-casino");
            text =
                QStringLiteral("%1 %2 %3 %4")
                    .arg(any({"Best online casino!", "Win big tonight!", "Exclusive offer:", "Jackpot alert!",
                              "Play slots for real money:", "New players:", "Bet on the match:"}),
                         capitalised(pitch()), callToAction() + QLatin1Char(' ') + spamUrl(),
                         any({"No deposit needed!!", "Claim now!", "Limited time!!!", "", "18+ T&Cs apply"}));
            break;
        case 3:
            item.family = QStringLiteral("spam-pharma");
            text = QStringLiteral("%1 %2 online %3, %4% off. %5 %6")
                       .arg(any({"Buy", "Order", "Get", "Cheap", "Discount"}),
                            any({"viagra", "cialis", "tramadol", "xanax", "ozempic", "phentermine",
                                 "modafinil", "generic meds", "weight loss pills", "antibiotics"}),
                            any({"without prescription", "no doctor visit", "with free delivery",
                                 "from Canada"}))
                       .arg(uniform(30, 80))
                       .arg(any({"Fast discreet shipping.", "Best prices guaranteed.",
                                 "Order today:", "Trusted pharmacy.", ""}),
                            chance(0.8) ? spamUrl() : spamDomain());
            break;
        case 4:
            item.family = QStringLiteral("spam-praise");
            // Generic praise, with a link in the text, in the author's URL, or (to be approved first and
            // link later) with none: then nothing tells it from a reader's thanks.
            text = praise();
            if (chance(0.45))
                text += QLatin1Char(' ') + callToAction() + QLatin1Char(' ') + spamUrl();
            else if (chance(0.5) && c.authorUrl.isEmpty())
                c.authorUrl = spamUrl();
            break;
        case 5:
            item.family = QStringLiteral("spam-lookalike");
            text = disguised(QStringLiteral("%1 %2").arg(capitalised(pitch()),
                                                         any({"guaranteed", "today only", "100% legit",
                                                              "fast and easy", "best price online"}))) +
                   QLatin1Char(' ') + spamUrl();
            break;
        case 6: {
            item.family = QStringLiteral("spam-obfuscated");
            const QString site = spamDomain().section(QLatin1Char('.'), 0, 0);
            text = QStringLiteral("%1: %2").arg(
                capitalised(pitch()),
                any({site + QStringLiteral("[dot]com"),
                     QStringLiteral("w w w . ") + site + QStringLiteral(" . net"),
                     site + QStringLiteral(" (dot) xyz"), site + QStringLiteral(" dot com"),
                     site + QStringLiteral(" . info"),
                     QStringLiteral("search ") + site + QStringLiteral(" on google")}));
            break;
        }
        case 7:
            item.family = QStringLiteral("spam-recovery");
            text = QStringLiteral(
                       "I lost %1 to a fake %2 until I found %3. They recovered everything in %4 days. %5 %6")
                       .arg(any({"%1 BTC", "$%1,000", "my savings, £%1k,"}).arg(uniform(1, 40)),
                            any({"broker", "investment site", "romance scammer", "crypto exchange"}),
                            any({"a recovery hacker", "Mr. Kevin", "a cyber recovery team",
                                 "an ethical hacker"}))
                       .arg(uniform(2, 10))
                       .arg(any({"Email", "Write to", "Reach them at"}), spamEmail(name()));
            break;
        case 9:
            item.family = QStringLiteral("spam-profile");
            // A reply in a reader's voice that sends people to the author's profile: no link at all.
            text = QStringLiteral("@%1 %2, and %3 %4")
                       .arg(name().section(QLatin1Char(' '), 0, 0),
                            any({"totally agree", "good point", "exactly", "well said", "so true"}),
                            any({"if anyone wants to", "for those who want to", "whoever wants to"}),
                            pitch() + QLatin1Char(' ') +
                                any({"check my profile", "see my bio", "message me", "look at my page",
                                     "DM me for details"}));
            break;
        case 10:
            item.family = QStringLiteral("spam-endorsement");
            // A product praised as a reader would, by name only.
            text = QStringLiteral("%1 %2 %3 %4")
                       .arg(any({"Honestly,", "Not an ad, but", "Personally", "For what it's worth,"}),
                            any({"BitWealth Pro", "KetoSlim", "LuckySpin", "RankBoost", "Coinvest",
                                 "FlexiLoan"}),
                            any({"changed my life", "paid my rent this month",
                                 "is the only thing that worked for me", "made me more than my salary"}),
                            any({"after the cuts.", "since the strike.", "with prices like these.", "",
                                 "highly recommend."}));
            break;
        case 8:
            item.family = QStringLiteral("spam-bait");
            // Short bait without a link, posted under a reader's name to get an account through
            // moderation: word for word what readers write, so nothing in it tells them apart.
            text = shortComment();
            c.author = name();
            c.authorEmail = chance(0.8) ? emailFor(c.author) : QString();
            c.authorUrl.clear();
            break;
        default:
            item.family = QStringLiteral("spam-topical");
            // Overlaps with ham: an on-topic opener before the pitch.
            text = QStringLiteral("%1 %2 is %3. %4 %5")
                       .arg(any({"I think", "Honestly,", "Good article.", "In my opinion"}), subject(),
                            adjective(), any({"By the way,", "Anyway,", "Off topic but", "PS:", "Also,"}),
                            pitch() + QLatin1Char(' ') +
                                (chance(0.6) ? spamUrl()
                                             : spamDomain().section(QLatin1Char('.'), 0, 0) +
                                                   QStringLiteral("[dot]com")));
            break;
        }
        c.bodyText = text.trimmed();
        c.body = html;
        return item;
    }

    std::mt19937 m_random;
};

} // namespace Newsdesk::Testing
