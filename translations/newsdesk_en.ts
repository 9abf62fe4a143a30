<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1 (%2 pending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDetailPane</name>
    <message>
        <source>Select an article to read and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, ja, pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this article (only you see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the trash — restore it to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&lt;a href=&quot;relink:%2&quot;&gt;same story after all&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (&lt;a href=&quot;merge:%1&quot;&gt;merge&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (first seen; &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also published by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ran in %1 (merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;(rule)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;(suggested, %1%)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none yet — press T to tag&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleListModel</name>
    <message>
        <source>%1 (%2 pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>list articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time; use ISO 8601, e.g. 2026-10-03T08:15:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language tag such as en, ja or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move articles to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the articles no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleText</name>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curator note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Cli</name>
    <message>
        <source>Show the library&apos;s path, schema version and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1
Schema version: %2
Articles: %3
%4In the trash: %5
Comments: %6 (%7 pending)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this status: new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; articles (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the trash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List articles, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments; use search to find articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one article with all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash since %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over title, dek, byline and body, best match first. Words must all match; &quot;quoted phrases&quot;, OR and NOT work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1: changed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an article&apos;s status: new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-status takes an article id and a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the curator note of an article (an empty TEXT clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note takes an article id and the note&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID FIELD=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of an article in one step. Fields: %1. Dates are ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit takes an article id and at least one FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE with a field among: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring articles back from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move articles to the trash; restore brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is already in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s).</source>
        <translation>
            <numerusform>Restored %n article.</numerusform>
            <numerusform>Restored %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n article to the trash.</numerusform>
            <numerusform>Moved %n articles to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the articles in the trash for good, with their comments and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>Deleted %n article for good.</numerusform>
            <numerusform>Deleted %n articles for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the fictional sample articles and comments to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>Added %n sample article.</numerusform>
            <numerusform>Added %n sample articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Library path, schema version and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List articles [--status S] [--limit N] [--trash]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an article&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an article&apos;s curator note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move articles to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring articles back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sample articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsdesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “newsdesk-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli [--library PATH] COMMAND [options] [--json]

Curate a Newsdesk library from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run “newsdesk-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files, folders, feeds and URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract articles from files, without a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read folders with their subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|FOLDER...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract articles from pages, text files and feeds without touching a library. With --json, prints one JSON object per article, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract needs at least one file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
  Title: %3
  Byline: %4
  Dateline: %5  Agency: %6  Source: %7
  Published: %8  Language: %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n word(s), %1 comment(s)</source>
        <translation>
            <numerusform>  %n word, %1 comment</numerusform>
            <numerusform>  %n words, %1 comments</numerusform>
        </translation>
    </message>
    <message>
        <source>  lists %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URL...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pages, text files, feeds, OPML lists, folders and URLs into the library. Duplicates are skipped; another site&apos;s copy of a story is linked to it. With --json, prints one JSON object per input, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file, folder or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3/s, %4 s left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the topic tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag an article with topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topics from an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no topic “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names %2 topics; give its path (Parent/Name) or its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add: the parent topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the topic tree with article counts, or change it. A topic is given by id, name or path (Parent/Name); &quot;-&quot; as PARENT is the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added topic %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed topic %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved topic %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged topic %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s); %1 tag(s) went with them.</source>
        <translation>
            <numerusform>Deleted %n topic; %1 tag went with them.</numerusform>
            <numerusform>Deleted %n topics; %1 tags went with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>topics takes no arguments, or one of: add NAME, rename TOPIC NAME, move TOPIC PARENT, merge FROM INTO, delete TOPIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID TOPIC...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag an article with topics (by id, name or path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topics from an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes an article id and at least one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) added.</source>
        <translation>
            <numerusform>Article %1: %n topic added.</numerusform>
            <numerusform>Article %1: %n topics added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) removed.</source>
        <translation>
            <numerusform>Article %1: %n topic removed.</numerusform>
            <numerusform>Article %1: %n topics removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the rules would tag, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules to every article in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules takes one action: apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be added.</source>
        <translation>
            <numerusform>%n tag would be added.</numerusform>
            <numerusform>%n tags would be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>%n tag added.</numerusform>
            <numerusform>%n tags added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentRepository</name>
    <message>
        <source>add the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateArticle</name>
    <message>
        <source>New article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateTopic</name>
    <message>
        <source>New topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteTopic</name>
    <message>
        <source>Delete topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::DroppedInputs</name>
    <message>
        <source>dropped HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditTopic</name>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::EmptyLibraryBanner</name>
    <message>
        <source>This library is empty. Import articles, write one (Ctrl+N), or start with a dozen fictional sample articles to try Newsdesk out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, Thanks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedImporter</name>
    <message>
        <source>The link “%1” was ignored: it is not an absolute web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date “%1” could not be read; the article has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has neither a title nor any content; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an RSS feed: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSS feed has no &lt;channel&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an RSS 1.0 feed: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSS 1.0 feed has no &lt;channel&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Atom feed: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JSON Feed: the document is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Feed is not valid JSON (at byte %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JSON Feed: it has no jsonfeed.org “version”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Feed has no “items” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Feed version “%1” is unknown; the feed was read as version 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedXml</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared charset “%1” is unknown; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not valid UTF-8 and names no other charset; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document declares entities that would expand to more than %L1 characters (an “entity bomb”); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep (line %2); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlDocument</name>
    <message>
        <source>The page is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page holds no HTML that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlImporter</name>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no article that could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page (MHTML)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportController</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; what was imported so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2 · %3/s · %4 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportFormats</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports files of up to %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB Newsdesk imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not a page, feed or text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inputs that were imported without problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another site&apos;s copy of article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the library as article %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportText</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no pages, text files or feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles were found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them another site&apos;s copy of a story already here</source>
        <translation>
            <numerusform>, %n of them another site&apos;s copy of a story already here</numerusform>
            <numerusform>, %n of them another site&apos;s copy of a story already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n input(s) failed</source>
        <translation>
            <numerusform>, %n input failed</numerusform>
            <numerusform>, %n inputs failed</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n article(s)</source>
        <translation>
            <numerusform>imported %n article</numerusform>
            <numerusform>imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n linked as another site&apos;s copy)</source>
        <translation>
            <numerusform> (%n linked as another site&apos;s copy)</numerusform>
            <numerusform> (%n linked as another site&apos;s copy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n already in the library</numerusform>
            <numerusform>, %n already in the library</numerusform>
        </translation>
    </message>
    <message>
        <source>already in the library (article %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic rules were not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::KeepStoryCopyApart</name>
    <message>
        <source>Keep stories apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link stories again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryText</name>
    <message>
        <source>“%1” was saved by a newer version of Newsdesk (library version %2); this version reads library versions up to %3. The file was left unchanged; open it with a newer Newsdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Newsdesk library (%2). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Newsdesk library. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Newsdesk library. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in use by another program that did not let go within %2 seconds. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the library to “%1” before upgrading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema step %1 is missing; the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the library to version %1 failed, so it was left at version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build knows library version %1 but its schema steps stop at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a savepoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MainWindow</name>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, deks, bylines and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected articles as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File › Open Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): %1</source>
        <translation>
            <numerusform>%n article: %1</numerusform>
            <numerusform>%n articles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in the trash</source>
        <translation>
            <numerusform> · %n in the trash</numerusform>
            <numerusform> · %n in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n match(es)</source>
        <translation>
            <numerusform> · %n match</numerusform>
            <numerusform> · %n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the trash for good, with their comments and tags? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n article in the trash for good, with their comments and tags? This cannot be undone.</numerusform>
            <numerusform>Delete the %n articles in the trash for good, with their comments and tags? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>Deleted %n article for good.</numerusform>
            <numerusform>Deleted %n articles for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>Added %n sample article.</numerusform>
            <numerusform>Added %n sample articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import saved pages, text files, feeds and OPML lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Clip&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the files, web addresses, HTML or text on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Import &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages, text and feeds (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Web Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a page, a feed or an OPML list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected articles by typing a topic&apos;s name (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Import, tag, moderate and export news articles.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeStoryCopy</name>
    <message>
        <source>Merge another site&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeTopics</name>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MhtmlReader</name>
    <message>
        <source>The file is not an MHTML file: it has no MIME headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page in the MHTML file is larger than %1, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page in the MHTML file is damaged: its base64 encoding is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is larger than %2 and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is damaged (its base64 encoding is not valid) and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 has the unknown transfer encoding “%2”; its bytes were taken as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an MHTML page: it holds %1, not multipart/related.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file names no boundary between its parts, so they cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file holds no parts: their boundary never occurs (it may be cut off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file is cut off before its page is complete; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file names &lt;%1&gt; as its page, but holds no such part; the first HTML part was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file holds no HTML page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its page; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file is cut off: its last part (%1) is incomplete and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nested multipart part %1 was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file ends without its closing boundary; it may be cut off after its last part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveTopic</name>
    <message>
        <source>Move topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::OpmlImporter</name>
    <message>
        <source>This is not an OPML subscription list: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPML subscription list has no &lt;body&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed address “%1” was ignored: it is not an absolute web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription list names no feeds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::PlainTextImporter</name>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::QuickTagPopup</name>
    <message>
        <source>Tag with… (type a topic, Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::RuleTagger</name>
    <message>
        <source>The rules of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SampleLibrary</name>
    <message>
        <source>Could not read the sample library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sample page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticleField</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticlesStatus</name>
    <message numerus="yes">
        <source>Mark %n article(s) as %1</source>
        <translation>
            <numerusform>Mark %n article as %1</numerusform>
            <numerusform>Mark %n articles as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::StoryRepository</name>
    <message>
        <source>look for the article in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for the same story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint has four bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the article&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the article&apos;s copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read where the story ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the copies apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These articles are not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagArticles</name>
    <message numerus="yes">
        <source>Tag %n article(s)</source>
        <translation>
            <numerusform>Tag %n article</numerusform>
            <numerusform>Tag %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n article(s)</source>
        <translation>
            <numerusform>Untag %n article</numerusform>
            <numerusform>Untag %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Taxonomy</name>
    <message>
        <source>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, licensed under CC BY 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not one of any, title, dek, body, byline or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind %1 is not one of keyword, phrase or regex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseSensitive is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no list of topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children of the topic %1 are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic %1 has topics more than %2 levels deep; a taxonomy can have at most %2 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two topics at the top level are both called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two topics under %1 are both called %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of the topic %2 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy has more than %L1 topics; at most %L1 can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic %1 has the colour %2; colours are written #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 of the topic %2 is not a code (a code has no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related codes of the topic %1 are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related code %1 of the topic %2 is not a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of the topic %1 are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 of the topic %2 is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in topic list %1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy file is larger than %L1 MB; it cannot be a topic list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1 (at byte %L2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Newsdesk taxonomy: it does not say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy was written by a newer Newsdesk (format version %1); this version reads version %2. Update Newsdesk to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic&apos;s rules are not a JSON list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoder</name>
    <message>
        <source>The Content-Type header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charset was declared and none could be detected; the text was decoded as windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the charset %2, but the bytes look like %3; the text was decoded as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text is not valid UTF-8: %n byte(s) could not be decoded and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>The text is not valid UTF-8: %n byte could not be decoded and were replaced with U+FFFD.</numerusform>
            <numerusform>The text is not valid UTF-8: %n bytes could not be decoded and were replaced with U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded as %1 and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n byte sequence could not be decoded as %1 and were replaced with U+FFFD.</numerusform>
            <numerusform>%n byte sequences could not be decoded as %1 and were replaced with U+FFFD.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like a binary file, not a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like a binary file, not an XML document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like a binary file, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the charset “%2”, which is not known; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte order mark says %1; the charset %2 named by the Content-Type header was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the charset %2, but the bytes are not %2; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicClassifier</name>
    <message>
        <source>There are no tagged articles to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier options are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the topic classifier was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic classifier data is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not Newsdesk topic classifier data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic classifier was saved by a newer Newsdesk (format %1); this one reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRepository</name>
    <message>
        <source>read the topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the topic tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a topic named “%1” there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic cannot move into itself or below itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a topic of that name there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the topic&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic cannot be merged into one of its own subtopics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge the topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untag the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the article&apos;s topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the topics&apos; articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the topic&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the rejected suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleMatcher</name>
    <message>
        <source>The rule has no pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern “%1…” is longer than %L2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression “%1” does not compile: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression “%1” matches empty text, so it would match every article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrase “%1” has no words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleSet</name>
    <message>
        <source>Topic %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicsDock</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a topic beside the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subtopic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected topic into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Subtopic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its subtopics? %n article(s) will lose the tag. You can undo this.</source>
        <translation>
            <numerusform>Delete “%1” and its subtopics? %n article will lose the tag. You can undo this.</numerusform>
            <numerusform>Delete “%1” and its subtopics? %n articles will lose the tag. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TrashArticles</name>
    <message numerus="yes">
        <source>Restore %n article(s)</source>
        <translation>
            <numerusform>Restore %n article</numerusform>
            <numerusform>Restore %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>Move %n article to the trash</numerusform>
            <numerusform>Move %n articles to the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address; Newsdesk fetches only http and https URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https URL; Newsdesk fetches only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no server to fetch from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Newsdesk fetches for one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 timed out after %2 s without data from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up on %1 after %n redirect(s); it probably redirects in a loop.</source>
        <translation>
            <numerusform>Gave up on %1 after %n redirect; it probably redirects in a loop.</numerusform>
            <numerusform>Gave up on %1 after %n redirects; it probably redirects in a loop.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which Newsdesk does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects elsewhere, and following redirects is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk: import, tag, moderate and export news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the library is empty, fill it with the sample articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
