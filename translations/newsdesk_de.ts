<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="602"/>
        <source>%1 (%2 pending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDetailPane</name>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="37"/>
        <source>Select an article to read and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="51"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="52"/>
        <source>&amp;Dek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="53"/>
        <source>&amp;Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="54"/>
        <source>Date&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="55"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="56"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="62"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="70"/>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="77"/>
        <source>e.g. en, ja, pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="82"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="90"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="94"/>
        <source>Your note on this article (only you see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="98"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="190"/>
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="192"/>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleDetailPane.cpp" line="196"/>
        <source>in the trash — restore it to edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleListModel</name>
    <message>
        <location filename="../ui/articles/ArticleListModel.cpp" line="56"/>
        <source>%1 (%2 pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleListModel.cpp" line="307"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleListModel.cpp" line="308"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleListModel.cpp" line="309"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleListModel.cpp" line="310"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleListModel.cpp" line="311"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleListModel.cpp" line="312"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/articles/ArticleListModel.cpp" line="313"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="283"/>
        <source>list articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="299"/>
        <source>read articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="325"/>
        <location filename="../app/library/ArticleRepository.cpp" line="336"/>
        <source>count articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="361"/>
        <source>read the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="366"/>
        <location filename="../app/library/ArticleRepository.cpp" line="545"/>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="426"/>
        <location filename="../app/library/ArticleRepository.cpp" line="437"/>
        <source>add the article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="485"/>
        <source>An article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="496"/>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="506"/>
        <source>“%1” is not a date and time; use ISO 8601, e.g. 2026-10-03T08:15:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="516"/>
        <source>“%1” is not a language tag such as en, ja or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="543"/>
        <source>change the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="575"/>
        <source>move articles to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="575"/>
        <source>restore articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="578"/>
        <source>Some of the articles no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="614"/>
        <source>delete articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/ArticleRepository.cpp" line="627"/>
        <source>read the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleText</name>
    <message>
        <location filename="../app/core/Article.cpp" line="20"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="22"/>
        <source>Canonical URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="23"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="24"/>
        <source>Dek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="25"/>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="26"/>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="27"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="28"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="29"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="30"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="31"/>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="33"/>
        <source>Image caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="35"/>
        <source>Image credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="36"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="38"/>
        <source>Curator note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="49"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="50"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="51"/>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Article.cpp" line="52"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Cli</name>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="87"/>
        <source>Show the library&apos;s path, schema version and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="91"/>
        <source>info takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="117"/>
        <source>Library: %1
Schema version: %2
Articles: %3
%4In the trash: %5
Comments: %6 (%7 pending)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="131"/>
        <source>Only articles with this status: new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="133"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="134"/>
        <source>List at most &lt;n&gt; articles (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="135"/>
        <location filename="../app/cli/CliCommands.cpp" line="206"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="136"/>
        <source>List the trash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="138"/>
        <source>List articles, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="141"/>
        <source>list takes no arguments; use search to find articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="147"/>
        <location filename="../app/cli/CliCommands.cpp" line="278"/>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="153"/>
        <location filename="../app/cli/CliCommands.cpp" line="220"/>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="172"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="172"/>
        <source>Show one article with all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="179"/>
        <source>show takes one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="196"/>
        <source>Words: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="198"/>
        <source>In the trash since %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="206"/>
        <source>Show at most &lt;n&gt; results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="209"/>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="210"/>
        <source>Full-text search over title, dek, byline and body, best match first. Words must all match; &quot;quoted phrases&quot;, OR and NOT work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="216"/>
        <source>search needs a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="261"/>
        <source>Article %1: changed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="268"/>
        <source>ID STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="269"/>
        <source>Set an article&apos;s status: new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="273"/>
        <source>set-status takes an article id and a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="285"/>
        <source>ID TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="286"/>
        <source>Set the curator note of an article (an empty TEXT clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="290"/>
        <source>note takes an article id and the note&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="303"/>
        <source>ID FIELD=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="304"/>
        <source>Change fields of an article in one step. Fields: %1. Dates are ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="310"/>
        <source>edit takes an article id and at least one FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="319"/>
        <source>“%1” is not FIELD=VALUE with a field among: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="330"/>
        <source>ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="331"/>
        <source>Bring articles back from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="332"/>
        <source>Move articles to the trash; restore brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="346"/>
        <source>Article %1 is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="347"/>
        <source>Article %1 is already in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="356"/>
        <source>Restored %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="357"/>
        <source>Moved %n article(s) to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="375"/>
        <source>Delete the articles in the trash for good, with their comments and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="385"/>
        <source>Deleted %n article(s) for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="393"/>
        <source>Add the fictional sample articles and comments to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliCommands.cpp" line="402"/>
        <source>Added %n sample article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="411"/>
        <source>Library path, schema version and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="412"/>
        <source>List articles [--status S] [--limit N] [--trash]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="413"/>
        <source>Show one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="414"/>
        <source>Full-text search, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="415"/>
        <source>Set an article&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="416"/>
        <source>Set an article&apos;s curator note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="417"/>
        <source>Change fields of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="418"/>
        <source>Move articles to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="419"/>
        <source>Bring articles back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="420"/>
        <source>Delete the trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="421"/>
        <source>Add the sample articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="39"/>
        <source>Use the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="41"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="42"/>
        <source>Print the result as JSON, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="43"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="88"/>
        <location filename="../app/cli/CliContext.cpp" line="102"/>
        <source>newsdesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="103"/>
        <source>Try “newsdesk-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="111"/>
        <source>Give at least one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="118"/>
        <source>“%1” is not an article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="16"/>
        <source>Usage: newsdesk-cli [--library PATH] COMMAND [options] [--json]

Curate a Newsdesk library from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22"/>
        <source>
Run “newsdesk-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="67"/>
        <source>“%1” is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentRepository</name>
    <message>
        <location filename="../app/library/CommentRepository.cpp" line="30"/>
        <source>add the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/CommentRepository.cpp" line="43"/>
        <source>count comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateArticle</name>
    <message>
        <location filename="../ui/articles/ArticleCommands.cpp" line="123"/>
        <source>New article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::EmptyLibraryBanner</name>
    <message>
        <location filename="../ui/widgets/EmptyLibraryBanner.cpp" line="19"/>
        <source>This library is empty. Import articles, write one (Ctrl+N), or start with a dozen fictional sample articles to try Newsdesk out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EmptyLibraryBanner.cpp" line="23"/>
        <source>Load &amp;Sample Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EmptyLibraryBanner.cpp" line="26"/>
        <source>No, Thanks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryText</name>
    <message>
        <location filename="../app/library/Library.cpp" line="72"/>
        <source>“%1” was saved by a newer version of Newsdesk (library version %2); this version reads library versions up to %3. The file was left unchanged; open it with a newer Newsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="83"/>
        <source>“%1” is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="85"/>
        <source>“%1” is damaged or not a Newsdesk library (%2). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="93"/>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="150"/>
        <source>“%1” is a folder, not a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="157"/>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="160"/>
        <source>“%1” is not a Newsdesk library. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="167"/>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="178"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="182"/>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="199"/>
        <source>“%1” is an SQLite database of another program, not a Newsdesk library. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="208"/>
        <source>“%1” is damaged (%2). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="219"/>
        <source>“%1” is in use by another program that did not let go within %2 seconds. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="223"/>
        <source>prepare the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="245"/>
        <source>Could not back up the library to “%1” before upgrading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="251"/>
        <source>The SQLite driver does not expose its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="265"/>
        <location filename="../app/library/Library.cpp" line="291"/>
        <source>Could not upgrade the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="273"/>
        <source>Schema step %1 is missing; the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="278"/>
        <source>Upgrading the library to version %1 failed, so it was left at version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="295"/>
        <source>This build knows library version %1 but its schema steps stop at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="312"/>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="327"/>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/Library.cpp" line="355"/>
        <source>record the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="47"/>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="70"/>
        <source>Search titles, deks, bylines and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="84"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="87"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="145"/>
        <source>New &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="149"/>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="153"/>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="155"/>
        <source>Write a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="158"/>
        <source>&amp;Paste as New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="162"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="167"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="170"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="174"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="179"/>
        <source>R&amp;estore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="183"/>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="186"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="198"/>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="201"/>
        <source>Mark the selected articles as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="207"/>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="210"/>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="211"/>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Import, tag, moderate and export news articles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="214"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="221"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="224"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="231"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="241"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="244"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="254"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="302"/>
        <source>%1 — Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="304"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="327"/>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="334"/>
        <source>“%1” already exists. Choose a new name, or open it with File › Open Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="343"/>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="409"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="410"/>
        <source>%n article(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="412"/>
        <source> · %n in the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="416"/>
        <source> · %n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="477"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="481"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="482"/>
        <source>Delete the %n article(s) in the trash for good, with their comments and tags? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="494"/>
        <source>Deleted %n article(s) for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="500"/>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="510"/>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="517"/>
        <source>The clipboard holds no text to make an article of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="563"/>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="574"/>
        <source>Added %n sample article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SampleLibrary</name>
    <message>
        <location filename="../app/library/SampleLibrary.cpp" line="81"/>
        <source>Raw page, pasted with the site&apos;s noise around the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/SampleLibrary.cpp" line="96"/>
        <source>Could not read the sample library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/SampleLibrary.cpp" line="101"/>
        <source>The sample library is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/SampleLibrary.cpp" line="122"/>
        <source>Could not read the sample page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticleField</name>
    <message>
        <location filename="../ui/articles/ArticleCommands.cpp" line="18"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticlesStatus</name>
    <message numerus="yes">
        <location filename="../ui/articles/ArticleCommands.cpp" line="61"/>
        <source>Mark %n article(s) as %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TrashArticles</name>
    <message numerus="yes">
        <location filename="../ui/articles/ArticleCommands.cpp" line="99"/>
        <source>Restore %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/articles/ArticleCommands.cpp" line="100"/>
        <source>Move %n article(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="24"/>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="25"/>
        <source>Open Another Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="31"/>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="32"/>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="50"/>
        <source>Newsdesk: import, tag, moderate and export news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="56"/>
        <source>Open the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="58"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="61"/>
        <source>If the library is empty, fill it with the sample articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
