#include "exporting/Template.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Newsdesk;

class TestTemplate : public QObject
{
    Q_OBJECT

private:
    static QString render(const QString &source, const QVariant &context, const QHash<QString, Template> &partials = {})
    {
        auto parsed = Template::parse(source, QStringLiteral("test.mustache"));
        if (!parsed)
            qWarning("%s", qPrintable(parsed.errorString()));
        return parsed ? parsed->render(context, partials) : QStringLiteral("<parse error>");
    }

    static void write(const QString &path, const QByteArray &contents)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

private slots:
    void variablesAreEscaped()
    {
        const QVariantMap context{{QStringLiteral("name"), QStringLiteral("<b>\"Tom\" & 'Jerry'</b>")},
                                  {QStringLiteral("count"), 3}};
        QCOMPARE(render(QStringLiteral("Hi {{name}}, {{ count }}!"), context),
                 QStringLiteral("Hi &lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;, 3!"));
    }

    void rawOutputIsNotEscaped()
    {
        const QVariantMap context{{QStringLiteral("html"), QStringLiteral("<p>ok</p>")}};
        QCOMPARE(render(QStringLiteral("{{{html}}}|{{& html}}"), context), QStringLiteral("<p>ok</p>|<p>ok</p>"));
    }

    void missingNamesRenderNothing()
    {
        QCOMPARE(render(QStringLiteral("[{{nothing}}][{{a.b.c}}]"), QVariantMap{}), QStringLiteral("[][]"));
    }

    void sectionsIterateListsAndEnterMaps()
    {
        const QVariantMap context{
            {QStringLiteral("items"), QVariantList{QVariantMap{{QStringLiteral("n"), QStringLiteral("a")}},
                                                   QVariantMap{{QStringLiteral("n"), QStringLiteral("b")}}}},
            {QStringLiteral("words"), QStringList{QStringLiteral("x"), QStringLiteral("y")}},
            {QStringLiteral("person"), QVariantMap{{QStringLiteral("name"), QStringLiteral("Ana")}}},
            {QStringLiteral("outer"), QStringLiteral("O")},
            {QStringLiteral("yes"), true},
            {QStringLiteral("no"), false},
            {QStringLiteral("empty"), QVariantList{}},
        };
        QCOMPARE(render(QStringLiteral("{{#items}}<{{n}}{{outer}}>{{/items}}"), context), QStringLiteral("<aO><bO>"));
        QCOMPARE(render(QStringLiteral("{{#words}}{{.}},{{/words}}"), context), QStringLiteral("x,y,"));
        QCOMPARE(render(QStringLiteral("{{#person}}{{name}}{{/person}} {{person.name}}"), context),
                 QStringLiteral("Ana Ana"));
        QCOMPARE(render(QStringLiteral("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#missing}}M{{/missing}}"),
                        context),
                 QStringLiteral("Y"));
        QCOMPARE(render(QStringLiteral("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}"),
                        context),
                 QStringLiteral("NEM"));
    }

    void commentsAreDropped()
    {
        QCOMPARE(render(QStringLiteral("a{{! a note, {braces} and all\n over two lines }}b"), QVariantMap{}), QStringLiteral("ab"));
    }

    void standaloneTagsTakeTheirLine()
    {
        const QVariantMap context{{QStringLiteral("items"), QStringList{QStringLiteral("1"), QStringLiteral("2")}}};
        const QString source = QStringLiteral("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! note }}\n</ul>\n");
        QCOMPARE(render(source, context), QStringLiteral("<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n"));
        // Not alone on its line: the surrounding text stays.
        QCOMPARE(render(QStringLiteral("a {{#items}}{{.}}{{/items}} b\n"), context), QStringLiteral("a 12 b\n"));
    }

    void partialsShareTheContext()
    {
        auto item = Template::parse(QStringLiteral("[{{name}}:{{site}}]"), QStringLiteral("item.mustache"));
        QVERIFY(item.ok());
        const QHash<QString, Template> partials{{QStringLiteral("item"), *item}};
        const QVariantMap context{
            {QStringLiteral("site"), QStringLiteral("S")},
            {QStringLiteral("list"), QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("a")}}}}};
        QCOMPARE(render(QStringLiteral("{{#list}}{{> item}}{{/list}}"), context, partials), QStringLiteral("[a:S]"));
    }

    void recursivePartialsStop()
    {
        auto loop = Template::parse(QStringLiteral("x{{> loop}}"), QStringLiteral("loop.mustache"));
        QVERIFY(loop.ok());
        const QString out = loop->render(QVariantMap{}, {{QStringLiteral("loop"), *loop}});
        QVERIFY(out.size() > 1);
        QVERIFY(out.size() < 100);
    }

    void brokenTemplatesNameFileAndLine_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed section")
            << QStringLiteral("<ul>\n\n\n{{#items}}\n<li>{{name}}</li>\n\n\n\n\n\n</ul>\n")
            << QStringLiteral("index.mustache line 12: the section “items” opened on line 4 is never closed");
        QTest::newRow("wrong close") << QStringLiteral("{{#a}}\n{{#b}}\n{{/a}}")
                                     << QStringLiteral("index.mustache line 3: “{{/a}}” closes the section “b” "
                                                       "opened on line 2");
        QTest::newRow("stray close") << QStringLiteral("text\n{{/a}}")
                                     << QStringLiteral("index.mustache line 2: “{{/a}}” closes no open section");
        QTest::newRow("unclosed tag") << QStringLiteral("a\nb {{name\n")
                                      << QStringLiteral("index.mustache line 2: a tag is opened here but never closed "
                                                        "(“}}” is missing)");
        QTest::newRow("unclosed raw") << QStringLiteral("{{{html}}")
                                      << QStringLiteral("index.mustache line 1: a tag is opened here but never closed "
                                                        "(“}}}” is missing)");
        QTest::newRow("empty tag") << QStringLiteral("\n{{ }}") << QStringLiteral("index.mustache line 2: the tag “{{ }}” has no name");
        QTest::newRow("delimiters") << QStringLiteral("{{=<% %>=}}")
                                    << QStringLiteral("index.mustache line 1: changing the delimiters (“{{=”) is not "
                                                      "supported");
    }

    void brokenTemplatesNameFileAndLine()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        const auto parsed = Template::parse(source, QStringLiteral("index.mustache"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Error::Code::InvalidArgument);
        QCOMPARE(parsed.errorString(), message);
    }

    void builtInSetLoads()
    {
        const auto set = TemplateSet::load();
        QVERIFY2(set.ok(), qPrintable(set.errorString()));
        for (const char *name : {"single", "index", "article", "head", "story", "toc"})
            QVERIFY2(set->contains(QLatin1String(name)), name);
        const auto css = set->asset(QStringLiteral("style.css"));
        QVERIFY(css.ok());
        QVERIFY(css->contains(".toc"));
        QVERIFY(!set->asset(QStringLiteral("missing.css")).ok());
    }

    void userFolderOverridesBuiltIn()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("footer.mustache")), "<footer>Mine: {{title}}</footer>");
        const auto set = TemplateSet::load(dir.path());
        QVERIFY2(set.ok(), qPrintable(set.errorString()));
        QCOMPARE(set->render(QStringLiteral("footer"), QVariantMap{{QStringLiteral("title"), QStringLiteral("<T>")}}),
                 QStringLiteral("<footer>Mine: &lt;T&gt;</footer>"));
        QVERIFY(set->contains(QStringLiteral("single"))); // still there from the built-in folder
    }

    void userFolderErrorsNameTheFile()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("index.mustache")), "<main>\n{{#groups}}\n{{heading}}\n</main>\n");
        auto set = TemplateSet::load(dir.path());
        QVERIFY(!set.ok());
        QCOMPARE(set.errorString(),
                 QStringLiteral("index.mustache line 5: the section “groups” opened on line 2 is never closed"));

        QTemporaryDir other;
        write(other.filePath(QStringLiteral("footer.mustache")), "a\n{{> nowhere}}\n");
        set = TemplateSet::load(other.path());
        QVERIFY(!set.ok());
        QCOMPARE(set.errorString(), QStringLiteral("footer.mustache line 2: the partial “nowhere” does not exist "
                                                   "(no nowhere.mustache in the template folder)"));

        set = TemplateSet::load(QDir(other.path()).filePath(QStringLiteral("absent")));
        QVERIFY(!set.ok());
        QVERIFY(set.errorString().contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
