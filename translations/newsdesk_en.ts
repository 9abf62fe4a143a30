<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddBundleArticles</name>
    <message numerus="yes">
        <source>Add %n Article(s) to “%1”</source>
        <translation>
            <numerusform>Add %n Article to “%1”</numerusform>
            <numerusform>Add %n Articles to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddBundleSection</name>
    <message>
        <source>Add Section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddComment</name>
    <message>
        <source>Reply to a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ApplyTriage</name>
    <message>
        <source>Apply the moderation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply the moderation rules to %n comment(s)</source>
        <translation>
            <numerusform>Apply the moderation rules to %n comment</numerusform>
            <numerusform>Apply the moderation rules to %n comments</numerusform>
        </translation>
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
    <message>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Tab: the article shown as it reads (a mode, not &quot;has been read&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Tab: the article&apos;s fields, to edit them (a mode).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;learning from your tags…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Y accepts, N rejects the first&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFormatter</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image from %1 not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleListModel</name>
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
        <extracomment>Column header: how well an article matches the search (its relevance).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 waiting for moderation</source>
        <translation>
            <numerusform>%n comment, %1 waiting for moderation</numerusform>
            <numerusform>%n comments, %1 waiting for moderation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>There is no article with id %1.</source>
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
        <source>Some of the articles no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status: use new, reviewed, selected or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time: use 12h, 7d, 2w or a date such as 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article “%1” could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be restored from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash could not be read.</source>
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
    <name>Newsdesk::BundleEntriesModel</name>
    <message>
        <source>(missing article %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: the articles below it, up to the next section, are grouped under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML site (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML, one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF is printed with Qt WebEngine by the newsdesk program (Bundle › Export Bundle… in the window, or newsdesk-cli export, which runs it); it cannot be written here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportController</name>
    <message>
        <source>Stop the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose to replace it or save elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the bundle to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting an HTML site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting one HTML file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a JSON Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting an Atom feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting an RSS feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportDialog</name>
    <message>
        <source>Export Bundle “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed images in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy images into the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Existing Export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleFeeds</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleHtml</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder has no %1.mustache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>article title — bundle title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curator’s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected and published with Newsdesk. Each article links to its source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleJson</name>
    <message>
        <source>The file&apos;s Newsdesk fields do not say which format version they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was exported by a newer Newsdesk (format %1; this version reads up to format %2). Update Newsdesk to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a date such as 2024-05-01T09:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a topic&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the comment&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a section&apos;s heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the index of the section&apos;s first item, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be one of %2.</source>
        <extracomment>%1 is where in the file (“items[0]._newsdesk.status”), %2 the allowed values, as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleListModel</name>
    <message numerus="yes">
        <source>%1
%n article(s), changed %2</source>
        <translation>
            <numerusform>%1
%n article, changed %2</numerusform>
            <numerusform>%1
%n articles, changed %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePdfPrinter</name>
    <message>
        <source>The bundle&apos;s page could not be loaded for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePreview</name>
    <message>
        <source>Choose a bundle to see it as it will be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full preview is not available, so the bundle is shown in a simpler view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleRepository</name>
    <message>
        <source>A bundle needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is in the bundle twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a bundle named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 cannot go into the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundles could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesDock</name>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag articles onto a bundle to add them; double-click a bundle to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n article to “%1”.</numerusform>
            <numerusform>Added %n articles to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesView</name>
    <message>
        <source>&amp;New Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, empty bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the bundle (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the bundle (Delete; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the bundle as HTML, JSON, a feed or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Section Above…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a heading that groups the articles below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the section&apos;s heading (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words introducing the selection; a blank line starts a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved comments are ever published; pending, spam and rejected ones never are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the articles the saved search finds that are not in the bundle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Int&amp;ro:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blurb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words on the selected article, shown with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; (drag to reorder, or drag articles in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blurb for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blurb (select an article):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n article to “%1”.</numerusform>
            <numerusform>Added %n articles to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new bundle; rename it on the Bundles page (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the bundle “%1”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a search first, as in the article list, e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved search could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved search finds no articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
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
    <message>
        <source>Topics: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, change, export or import the topic tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest topics learned from the library&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, triage or import reader comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve, reject or mark comments as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change moderation settings, print the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 added, %4 already there, %5 skipped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  issue: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach comments whose file names no article (the YouTube Spam Collection, a CSV without article_url or article_id) to the article with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the files as %1 instead of recognising the format from their content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take spam labels (the YouTube Spam Collection&apos;s CLASS) as moderation statuses: 1 spam, 0 approved. Without it they are ignored and the comments are pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reader comments from WordPress (WXR) or Disqus exports, CSV or JSON files. Each comment goes to its article in the library (by address or id); comments of articles the library does not have are skipped. Importing a file again adds nothing. Exits with 1 when a file could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments import needs at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only comments with this status: pending, approved, spam or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the comments of this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only comments whose author&apos;s name, email or IP address is this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; comments (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List reader comments, newest first. `comments triage` proposes moderation decisions for the pending ones; `comments import` reads comment files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a comment status; use pending, approved, spam or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the proposed decisions (and store the scores), in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--apply]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a status for every pending comment, with the spam filter&apos;s score and the reason: the moderation rules (see `moderation config`), and a spam filter trained on the library&apos;s approved and spam comments. A disallowed key makes spam; then a score at or above spam_threshold; then moderation keys, links, floods, shouting and duplicates keep a comment pending; a known author is approved. Nothing changes without --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments triage takes no arguments besides --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s); rules only: %1</source>
        <translation>
            <numerusform>%n pending comment; rules only: %1</numerusform>
            <numerusform>%n pending comments; rules only: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed; run with --apply to make these decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[KEY=VALUE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the library&apos;s moderation settings, or change them: all the given KEY=VALUE pairs or none. Keys: %1. moderation_keys and disallowed_keys take their keys one per line or separated by commas; on/off settings take on or off; shares take a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE; the keys are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>Saved %n setting.</numerusform>
            <numerusform>Saved %n settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the log as CSV (RFC 4180, UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the decisions about this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--json | --csv] [--comment ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the moderation log, oldest first: when, which comment, who (curator, rules, filter), from which status to which, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderation log takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a comment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &lt;text&gt; as the decision&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMENT_ID... approve|spam|reject|pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide about comments as the curator: approve them, mark them as spam, reject them or put them back to pending. The decision is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate takes comment ids and then approve, spam, reject or pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a decision; use approve, spam, reject or pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1: %2 → %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) already had that status.</source>
        <translation>
            <numerusform>%n comment already had that status.</numerusform>
            <numerusform>%n comments already had that status.</numerusform>
        </translation>
    </message>
    <message>
        <source>config [KEY=VALUE...] | log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the moderation settings (`moderation config`), or print the moderation log (`moderation log`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderation needs an action: config or log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a moderation action; use config or log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many topics per article (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest for every article, tagged or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list topics under their decision threshold, for ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--all | ID...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --all or article ids, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the taxonomy to &lt;file&gt; instead of printing it; the file is replaced only once the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the library&apos;s topic taxonomy as JSON (the newsdesk-taxonomy format): every topic with its description, colour, codes and rules, in tree order. `topics import` reads it back into another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics export takes no arguments; use --output FILE to write a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n topic(s) to %1.</source>
        <translation>
            <numerusform>Exported %n topic to %1.</numerusform>
            <numerusform>Exported %n topics to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the topics below &lt;topic&gt; (id, name or path) instead of at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the full IPTC Media Topics tree that comes with Newsdesk instead of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE | --iptc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file written by `topics export`, or with --iptc the full IPTC Media Topics tree. A topic whose name is already there (under the same parent) is kept and only its new subtopics are added, so importing the same file twice adds nothing. The import is one step: if the file is malformed, the library is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics import --iptc takes no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics import takes one taxonomy file, or --iptc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n topic(s); %1 already in the library.</source>
        <translation>
            <numerusform>Added %n topic; %1 already in the library.</numerusform>
            <numerusform>Added %n topics; %1 already in the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC | export | import FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the topic tree with article counts, or change it. A topic is given by id, name or path (Parent/Name); &quot;-&quot; as PARENT is the top level. Run &quot;topics export --help&quot; and &quot;topics import --help&quot; for exchanging taxonomies as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics takes no arguments, or one of: add NAME, rename TOPIC NAME, move TOPIC PARENT, merge FROM INTO, delete TOPIC, export, import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[triage | import FILE... | add ARTICLE_ID TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a comments action; use triage, import or add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment&apos;s author (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this comment, which must be on the same article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, approved (the default: the curator wrote it), spam or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARTICLE_ID --author NAME TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment written by the curator to an article, or as a reply to one of its comments. Words after the article id are the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments add takes an article id and the comment&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments add needs --author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 is on article %2, not on article %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added comment %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest topics for articles (by default the ones no curator has tagged; rule tags do not count) from a classifier trained on the library&apos;s confirmed tags and rejections. A topic is suggested when its confidence (0–1) reaches its threshold, tuned on held-back articles of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title readers see (the name when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curator&apos;s introduction, plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved search that fills the bundle, as typed in the window, e.g. &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exports carry besides the articles: a comma-separated list of topics, comments (approved ones only), images, source-links, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include takes topics, comments, images, source-links or none, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME [--title T] [--intro TEXT] [--search S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty bundle. Its name is how commands find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle create takes one name (quote it if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created bundle “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bundle a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a bundle&apos;s name, title, introduction, saved search or what its exports include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle set takes the bundle&apos;s name and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved bundle “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add articles to the end of a bundle; articles already in it stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle add takes the bundle&apos;s name and article ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is in the trash; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n article to “%1”.</numerusform>
            <numerusform>Added %n articles to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill from this search and save it with the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many articles (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME [--search S] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the articles the bundle&apos;s saved search finds, newest first, after those already in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle fill takes the bundle&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take articles out of a bundle (they stay in the library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle remove takes the bundle&apos;s name and article ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from “%1”.</source>
        <translation>
            <numerusform>Removed %n article from “%1”.</numerusform>
            <numerusform>Removed %n articles from “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the section before this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME HEADING [--before ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section heading that groups the articles after it; at the end unless --before names an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle section takes the bundle&apos;s name and the heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is not in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME ID TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the curator&apos;s words on an article of the bundle (empty text removes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle blurb takes the bundle&apos;s name, an article id and the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the blurb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a bundle; its articles stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle delete takes the bundle&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted bundle “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the library&apos;s bundles by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %n article(s)  %2</source>
        <translation>
            <numerusform>%1  %n article  %2</numerusform>
            <numerusform>%1  %n articles  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles yet; `bundle create NAME` makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a bundle: its title, introduction, options and entries in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle show takes the bundle&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in the trash: left out of exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs the newsdesk program (it prints with Qt WebEngine), and it was not found next to newsdesk-cli or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the PDF failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and change bundles: named, ordered selections of articles with the curator&apos;s words, which `export --bundle NAME` publishes. `bundle ACTION --help` tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle needs an action: create, set, add, fill, remove, section, blurb, delete, list or show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a bundle action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html (a folder site), html-single, json, atom, rss or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file, or for html the folder, to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace output that is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the articles&apos; kept images out of HTML exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template folder for the HTML (the built-in one otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 or Letter, for pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bundle NAME --format html|html-single|json|atom|rss|pdf --out PATH [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a bundle. Files are replaced only once complete; output that is already there is kept unless --force is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --bundle NAME and --out PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an export format; use html, html-single, json, atom, rss or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported “%1” (%n article(s)) to %2.</source>
        <translation>
            <numerusform>Exported “%1” (%n article) to %2.</numerusform>
            <numerusform>Exported “%1” (%n articles) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make and change curated bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a bundle as HTML, JSON, Atom, RSS or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) approved.</source>
        <translation>
            <numerusform>%n comment approved.</numerusform>
            <numerusform>%n comments approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) marked as spam.</source>
        <translation>
            <numerusform>%n comment marked as spam.</numerusform>
            <numerusform>%n comments marked as spam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) rejected.</source>
        <translation>
            <numerusform>%n comment rejected.</numerusform>
            <numerusform>%n comments rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) returned to pending.</source>
        <translation>
            <numerusform>%n comment returned to pending.</numerusform>
            <numerusform>%n comments returned to pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n comment(s) added.</source>
        <translation>
            <numerusform>In all: %n comment added.</numerusform>
            <numerusform>In all: %n comments added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n already there.</numerusform>
            <numerusform>%n already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n file failed.</numerusform>
            <numerusform>%n files failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in all.</source>
        <translation>
            <numerusform>%n comment in all.</numerusform>
            <numerusform>%n comments in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <extracomment>Follows &quot;%n comment(s) in all.&quot;; %n counts the comments listed.</extracomment>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s).</source>
        <translation>
            <numerusform>%n pending comment.</numerusform>
            <numerusform>%n pending comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>The spam filter learned from %n approved comment.</numerusform>
            <numerusform>The spam filter learned from %n approved comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>It also learned from %n spam comment.</numerusform>
            <numerusform>It also learned from %n spam comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam from a score of %1.</source>
        <extracomment>The spam threshold: comments that score %1 or more count as spam.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>%n article.</numerusform>
            <numerusform>%n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The classifier knows %n topic(s).</source>
        <translation>
            <numerusform>The classifier knows %n topic.</numerusform>
            <numerusform>The classifier knows %n topics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learned them from %n article(s).</source>
        <extracomment>Follows &quot;The classifier knows %n topic(s).&quot;; %n counts the articles it learned from.</extracomment>
        <translation>
            <numerusform>It learned them from %n article.</numerusform>
            <numerusform>It learned them from %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation>
            <numerusform>Deleted %n topic.</numerusform>
            <numerusform>Deleted %n topics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) went with them.</source>
        <extracomment>Follows &quot;Deleted %n topic(s).&quot;; &quot;them&quot; are the deleted topics, %n counts their tags.</extracomment>
        <translation>
            <numerusform>%n tag went with them.</numerusform>
            <numerusform>%n tags went with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImport</name>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports comment files of up to %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a comment file Newsdesk knows: a WordPress export (WXR), a Disqus export, JSON, or CSV with a header row that has a “text” column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1” as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no article %1 in the library; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>There is no article %1 in the library; its %n comment were skipped.</numerusform>
            <numerusform>There is no article %1 in the library; its %n comments were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article in the library has the address “%1”; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>No article in the library has the address “%1”; its %n comment were skipped.</numerusform>
            <numerusform>No article in the library has the address “%1”; its %n comments were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>their article is not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same comment appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers itself; it was imported as a top-level comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers “%2”, which is neither in the file nor in the library; it was imported as a top-level comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of a circle of replies; it was imported as a top-level comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImportController</name>
    <message>
        <source>Stop after the file being imported; the files done so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment files (*.xml *.wxr *.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing comments: file %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %L3 added, %L4 already there, %L5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    skipped %L1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added, %L1 already there, %L2 skipped.</source>
        <translation>
            <numerusform>%n comment added, %L1 already there, %L2 skipped.</numerusform>
            <numerusform>%n comments added, %L1 already there, %L2 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not reached were left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReader</name>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares XML entities, which comment exports never do; it is refused because entities can expand a small file into gigabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML ends too early (line %1): the file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 KiB long; its text was cut to the first 64 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a moderation status (pending, approved, spam or rejected); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>“%1” is not a moderation status (pending, approved, spam or rejected); %n comment with it count as pending.</numerusform>
            <numerusform>“%1” is not a moderation status (pending, approved, spam or rejected); %n comments with it count as pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more issue(s).</source>
        <translation>
            <numerusform>… and %n more issue.</numerusform>
            <numerusform>… and %n more issues.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file names no article for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReadingPane</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a comment to read it and its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier comment(s) not shown</source>
        <translation>
            <numerusform>%n earlier comment not shown</numerusform>
            <numerusform>%n earlier comments not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later comment(s) not shown</source>
        <translation>
            <numerusform>%n later comment not shown</numerusform>
            <numerusform>%n later comments not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentRepository</name>
    <message>
        <source>A reply comes before the comment it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment of article %1 has the id “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <extracomment>The reason the moderation log gives for a decision that was undone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s comments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spam scores could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
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
    <name>Newsdesk::CreateBundle</name>
    <message>
        <source>New Bundle “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Bundle “%1”</source>
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
    <name>Newsdesk::CsvCommentReader</name>
    <message>
        <source>the quoted field opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row of the file is not a header Newsdesk knows: it needs a “text” column (or “CONTENT”, as in the YouTube Spam Collection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (YouTube Spam Collection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A YouTube Spam Collection file names no article: give the article its comments belong to (--article ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no article for its comments (no article_url or article_id column): give the article they belong to (--article ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ignored the column(s) %1, which Newsdesk does not import.</source>
        <translation>
            <numerusform>Ignored the column %1, which Newsdesk does not import.</numerusform>
            <numerusform>Ignored the columns %1, which Newsdesk does not import.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CLASS column is a spam label from a data set, not a moderation decision: the comments are left pending (take it as their status with --labels-as-status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row does not have as many fields as the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an article id; the comment was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a CLASS label (1 or 0); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>“%1” is not a CLASS label (1 or 0); %n comment with it count as pending.</numerusform>
            <numerusform>“%1” is not a CLASS label (1 or 0); %n comments with it count as pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no article and were skipped.</source>
        <translation>
            <numerusform>%n row name no article and were skipped.</numerusform>
            <numerusform>%n rows name no article and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had a posted_at that is not an ISO 8601 date (the first on line %1); they were imported without a date.</source>
        <translation>
            <numerusform>%n row had a posted_at that is not an ISO 8601 date (the first on line %1); they were imported without a date.</numerusform>
            <numerusform>%n rows had a posted_at that is not an ISO 8601 date (the first on line %1); they were imported without a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n author address that were not http links were left out.</numerusform>
            <numerusform>%n author addresses that were not https links were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the header has %2; it was skipped.</source>
        <translation>
            <numerusform>Line %1 has %n field where the header has %2; it was skipped.</numerusform>
            <numerusform>Line %1 has %n fields where the header has %2; it was skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteBundle</name>
    <message>
        <source>Delete Bundle “%1”</source>
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
    <name>Newsdesk::DisqusCommentReader</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqus export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Disqus export: its root element is &lt;%1&gt;, not &lt;disqus&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) belong to the thread “%1”, which is not in the file (or has no &lt;link&gt;).</source>
        <translation>
            <numerusform>%n post belong to the thread “%1”, which is not in the file (or has no &lt;link&gt;).</numerusform>
            <numerusform>%n posts belong to the thread “%1”, which is not in the file (or has no &lt;link&gt;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n post had a date that is not a date; they were imported without one.</numerusform>
            <numerusform>%n posts had a date that is not a date; they were imported without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n author address that were not http links were left out.</numerusform>
            <numerusform>%n author addresses that were not https links were left out.</numerusform>
        </translation>
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
    <name>Newsdesk::EditBundleBlurb</name>
    <message>
        <source>Edit Blurb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleDetails</name>
    <message>
        <source>Edit Bundle “%1”</source>
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
    <name>Newsdesk::ExportOutput</name>
    <message>
        <source>No output path was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or confirm replacing it (--force on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a working folder beside “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move “%1” aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move “%1” aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new export into “%1”.</source>
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
    <message numerus="yes">
        <source>The feed has %n item(s); Newsdesk reads the first %1 of a feed.</source>
        <translation>
            <numerusform>The feed has %n item; Newsdesk reads the first %1 of a feed.</numerusform>
            <numerusform>The feed has %n items; Newsdesk reads the first %1 of a feed.</numerusform>
        </translation>
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
    <message>
        <source>Topic rules were not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article imported.</numerusform>
            <numerusform>%n articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) linked to a story already here from another site.</source>
        <translation>
            <numerusform>%n article linked to a story already here from another site.</numerusform>
            <numerusform>%n articles linked to a story already here from another site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) failed.</source>
        <translation>
            <numerusform>%n input failed.</numerusform>
            <numerusform>%n inputs failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already in the library.</source>
        <translation>
            <numerusform>%n article already in the library.</numerusform>
            <numerusform>%n articles already in the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was added as “%1” because its name was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle “%1” was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library as article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>An input of an import failed; %1 is the reason, a whole sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportTopics</name>
    <message>
        <source>Import topics from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::JsonCommentReader</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is malformed at line %1 (character %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not a list of comments: Newsdesk reads an array of comment objects, or an object whose “comments” is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a comment object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment %1 of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: “%2” is not an article id; the comment was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) name no article (article_id or article_url) and were skipped.</source>
        <translation>
            <numerusform>%n comment name no article (article_id or article_url) and were skipped.</numerusform>
            <numerusform>%n comments name no article (article_id or article_url) and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a posted_at that is not an ISO 8601 date; they were imported without a date.</source>
        <translation>
            <numerusform>%n comment had a posted_at that is not an ISO 8601 date; they were imported without a date.</numerusform>
            <numerusform>%n comments had a posted_at that is not an ISO 8601 date; they were imported without a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n author address that were not http links were left out.</numerusform>
            <numerusform>%n author addresses that were not https links were left out.</numerusform>
        </translation>
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
        <source>%1 (SQLite: %2)</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The bundle could not be saved.&quot;); %2 is SQLite&apos;s own error message, which stays in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A savepoint could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Another program (newsdesk-cli, for example) was writing to the library and did not finish in time. Try again when it has finished.</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The change could not be saved.&quot;).</extracomment>
        <translation>%1 Another program (newsdesk-cli, for example) was writing to the library and did not finish in time. Try again when it has finished.</translation>
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
    <message numerus="yes">
        <source>%n article(s): %1</source>
        <extracomment>The status bar&apos;s count of articles; %1 is the list of counts per status, e.g. &quot;3 new, 2 reviewed&quot;.</extracomment>
        <translation>
            <numerusform>%n article: %1</numerusform>
            <numerusform>%n articles: %1</numerusform>
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
    <message>
        <source>&amp;Accept Suggested Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the article with the first suggested topic (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Suggested Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn down the first suggested topic; it is not suggested again (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comments waiting for moderation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moderate This Article&apos;s Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every comment on this article in the moderation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &amp;Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The spam filter marked %n comment(s) as spam.</source>
        <translation>
            <numerusform>The spam filter marked %n comment as spam.</numerusform>
            <numerusform>The spam filter marked %n comments as spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic is suggested for this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moderation (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment of your own on this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import comments from WordPress (WXR), Disqus, CSV or JSON files onto the library&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bundles, their editor and preview (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Selected Articles to Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected articles as new (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected articles as reviewed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected articles as selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected articles as rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n reviewed</numerusform>
            <numerusform>%n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the status counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in the trash</numerusform>
            <numerusform>%n in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
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
    <message>
        <source>The part holding the page has the unknown transfer encoding “%1”; its bytes were taken as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authors&apos; comments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments from the same addresses could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogDialog</name>
    <message>
        <source>Moderation Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: %L1, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Moderation Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogModel</name>
    <message>
        <source>Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Who made a moderation decision: the import of a file that gave the comment&apos;s status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationQueueModel</name>
    <message>
        <source>Spam score %1 (0 = surely not spam, 1 = surely spam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <extracomment>%1 is the stored key of an unknown decider, shown as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curator</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderation rules</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spam filter</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported file</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by a curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the moderation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the spam filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says who decided (&quot;Decided by the spam filter&quot;); %2 is the decision&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationRules</name>
    <message>
        <source>Disallowed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same author and text as comment %1, which is spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every comment is held (hold_all is on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links: %1, and comments with %2 or more are held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouting: %1% of %2 letters are capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of comment %1 by the same author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known author: %1 has an approved comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matched; imported comments wait for a curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation key “%1” in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood: %1 comments from IP address %2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood: %1 comments from “%2” within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationSettings</name>
    <message>
        <source>%1 takes on or off, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no moderation setting “%1”; the settings are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationView</name>
    <message>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author, email or IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comments whose author&apos;s name, email or IP address is exactly this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comments whose decision&apos;s reason mentions this, e.g. a rule&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only comments the spam filter scored at least this high (1 = surely spam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely spam first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A approve · S spam · R reject · U pending · J/K next/previous · Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every comment by this author, or on this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Button: marks the selected comments as spam (an action, not a status).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected comments as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Button: returns the selected comments to pending (an action, not a status).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the selected comments to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Last Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last step, such as a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By This Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By This Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By This IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All by This &amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All on This Ar&amp;ticle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve every comment in this list, loaded or not, as one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every comment in this list as spam, loaded or not, as one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Whole Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this author or article and show the queue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every moderation decision: who, when, from, to and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un Rules on Pending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what the moderation rules and the spam filter would do with every pending comment, then apply it as one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments by “%1” on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment of your own on this comment&apos;s article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the current comment with a comment of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the comments are pending already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the comments are approved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the comments are marked as spam already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the comments are rejected already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveBundleEntries</name>
    <message numerus="yes">
        <source>Move %n Entry(s) in “%1”</source>
        <translation>
            <numerusform>Move %n Entry in “%1”</numerusform>
            <numerusform>Move %n Entrys in “%1”</numerusform>
        </translation>
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
    <name>Newsdesk::NewCommentDialog</name>
    <message>
        <source>Reply to %1</source>
        <extracomment>%1 is the name of the author of the comment being replied to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank lines separate paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a comment</source>
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
    <name>Newsdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s moderation settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve comments by authors who already have an approved comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold every comment for moderation, whatever the other rules say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for moderation when a comment contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as spam when a comment contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word or phrase a line, looked for in the author&apos;s name, email, web site and IP address and in the text, ignoring case: “press” also finds “WordPress”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of capitals among the letters of a comment of 20 letters or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk speaks the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark comments as spam by their spam score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a comment with this many links or more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood limit (comments):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood window (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a comment with this share of capitals or more (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest spam score to mark as spam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a comment when its author or IP address posted this many comments within the flood window, the new one included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How recent an author&apos;s comments must be to count towards the flood limit</source>
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
    <name>Newsdesk::ReaderFindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReaderView</name>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the remote images of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load remote images in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <comment>zoom in, on a small button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <comment>zoom out, on a small button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Pending Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show comments waiting for moderation with the approved ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Load &amp;Remote Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt WebEngine does not run as root unless QTWEBENGINE_DISABLE_SANDBOX=1 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Images from other sites are not loaded (%n), so those sites cannot see you reading this.</source>
        <translation>
            <numerusform>Images from other sites are not loaded (%n), so those sites cannot see you reading this.</numerusform>
            <numerusform>Images from other sites are not loaded (%n), so those sites cannot see you reading this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to save it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Article as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simpler reader was asked for (NEWSDESK_READER=text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s helper program, QtWebEngineProcess, is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s page process stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full reader is not available, so the article is shown in a simpler view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::RejectSuggestion</name>
    <message>
        <source>Reject suggested topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::RemoveBundleEntries</name>
    <message numerus="yes">
        <source>Remove %n Entry(s) from “%1”</source>
        <translation>
            <numerusform>Remove %n Entry from “%1”</numerusform>
            <numerusform>Remove %n Entrys from “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundle</name>
    <message>
        <source>Rename Bundle “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundleSection</name>
    <message>
        <source>Rename Section “%1”</source>
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
        <source>The tags could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
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
    <name>Newsdesk::SaveFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SavedSearch</name>
    <message>
        <source>The bundle has no saved search to fill it from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Sentences</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Puts one whole sentence after another: a space in English, none in Japanese or Chinese.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticleField</name>
    <message>
        <source>Change the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the canonical URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the image caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the image credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the curator note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticlesStatus</name>
    <message numerus="yes">
        <source>Mark %n article(s) as new</source>
        <translation>
            <numerusform>Mark %n article as new</numerusform>
            <numerusform>Mark %n articles as new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as reviewed</source>
        <translation>
            <numerusform>Mark %n article as reviewed</numerusform>
            <numerusform>Mark %n articles as reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as selected</source>
        <translation>
            <numerusform>Mark %n article as selected</numerusform>
            <numerusform>Mark %n articles as selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as rejected</source>
        <translation>
            <numerusform>Mark %n article as rejected</numerusform>
            <numerusform>Mark %n articles as rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetCommentStatus</name>
    <message numerus="yes">
        <source>Approve %n comment(s)</source>
        <translation>
            <numerusform>Approve %n comment</numerusform>
            <numerusform>Approve %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n comment(s) as spam</source>
        <translation>
            <numerusform>Mark %n comment as spam</numerusform>
            <numerusform>Mark %n comments as spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n comment(s)</source>
        <translation>
            <numerusform>Reject %n comment</numerusform>
            <numerusform>Reject %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n comment(s) to pending</source>
        <translation>
            <numerusform>Return %n comment to pending</numerusform>
            <numerusform>Return %n comments to pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SingleInstance</name>
    <message>
        <source>Another Newsdesk window has %1 open but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for other Newsdesk windows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Newsdesk window did not take the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilter</name>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learns from your decisions and needs at least %n approved and %n spam comments.</source>
        <translation>
            <numerusform>The spam filter learns from your decisions and needs at least %n approved and %n spam comments.</numerusform>
            <numerusform>The spam filter learns from your decisions and needs at least %n approved and %n spam comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library has %n approved comment(s).</source>
        <translation>
            <numerusform>The library has %n approved comment.</numerusform>
            <numerusform>The library has %n approved comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n spam comment(s).</source>
        <extracomment>Follows &quot;The library has %n approved comment(s).&quot;; &quot;it&quot; is the library.</extracomment>
        <translation>
            <numerusform>It has %n spam comment.</numerusform>
            <numerusform>It has %n spam comments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilterService</name>
    <message>
        <source>Learning from your moderation decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spam filter is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spam filter is unavailable: its training run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n approved comment(s).</source>
        <translation>
            <numerusform>Learned from %n approved comment.</numerusform>
            <numerusform>Learned from %n approved comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n spam comment(s).</source>
        <translation>
            <numerusform>Learned from %n spam comment.</numerusform>
            <numerusform>Learned from %n spam comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n pending comment(s) in %1 s.</source>
        <translation>
            <numerusform>Scored %n pending comment in %1 s.</numerusform>
            <numerusform>Scored %n pending comments in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::StatusProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::StoryRepository</name>
    <message>
        <source>A fingerprint has four bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These articles are not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be searched for the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be searched for the same story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s fingerprint could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies could not be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s copies could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the story ran could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the story ran could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies could not be kept apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies could not be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::SuggestionService</name>
    <message>
        <source>Learning from your tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggestions start once a topic has %n article(s) tagged by hand.</source>
        <translation>
            <numerusform>Suggestions start once a topic has %n article tagged by hand.</numerusform>
            <numerusform>Suggestions start once a topic has %n articles tagged by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggesting %n topic(s).</source>
        <extracomment>The classifier has learned %n topics and suggests them where they fit.</extracomment>
        <translation>
            <numerusform>Suggesting %n topic.</numerusform>
            <numerusform>Suggesting %n topics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n tagged article(s) in %1 s.</source>
        <translation>
            <numerusform>Learned from %n tagged article in %1 s.</numerusform>
            <numerusform>Learned from %n tagged articles in %1 s.</numerusform>
        </translation>
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
        <source>The taxonomy has more than %L1 topics; at most %L1 can be imported at once.</source>
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
    <message>
        <source>Could not read the taxonomy file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 at the top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 under %2 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 at the top level has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1 under %2 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the topic %1 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the topic %1 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the topic %1 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::Template</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag is opened here but never closed (“%1” is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the delimiters (“{{=”) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1” has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no open section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{{/%1}}” closes the section “%2” opened on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section “%1” opened on line %2 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TemplateSet</name>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: the partial “%3” does not exist (no %3%4 in the template folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder has no readable file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoder</name>
    <message>
        <source>No charset was declared and none could be detected; the text was decoded as windows-1252.</source>
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
        <source>The byte order mark says %1; the charset %2 named by the Content-Type header was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML declaration names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Type header names the charset “%1”, which is not known; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset “%1”, which is not known; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML declaration names the charset “%1”, which is not known; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names the charset “%1”, which is not known; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes are not %1; it was ignored.</source>
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
    <name>Newsdesk::TopicEvidence</name>
    <message>
        <source>Reading the tagged articles was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles to learn topics from could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRepository</name>
    <message>
        <source>There is no topic with id %1.</source>
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
        <source>A topic cannot move into itself or below itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a topic of that name there.</source>
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
        <source>The topics could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic tree could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic “%1” could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics could not be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be removed from the articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics&apos; articles could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion could not be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejection could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected suggestions could not be read.</source>
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
    <name>Newsdesk::TopicSuggestions</name>
    <message>
        <source>No article has a topic set by hand yet, so there is nothing to learn from. Tag a few articles per topic and suggestions will follow.</source>
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
    <message>
        <source>Export Taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every topic, with its colour, codes and rules, as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file; topics already there are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Full IPTC Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every IPTC Media Topic; topics already there are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or import the topic taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk taxonomies (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the taxonomy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC Media Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic of “%1” is in the taxonomy already; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n topic(s) from “%1”</source>
        <translation>
            <numerusform>Imported %n topic from “%1”</numerusform>
            <numerusform>Imported %n topics from “%1”</numerusform>
        </translation>
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
    <name>Newsdesk::Triage</name>
    <message>
        <source>Spam score %1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageDialog</name>
    <message>
        <source>Run Rules on Pending Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the moderation rules and the spam filter over the pending comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending comments: %L1. Approve: %L2 · Spam: %L3 · Reject: %L4 · Stay pending: %L5. Apply writes these decisions as one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>The spam filter learned from %n approved comment.</numerusform>
            <numerusform>The spam filter learned from %n approved comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>It also learned from %n spam comment.</numerusform>
            <numerusform>It also learned from %n spam comments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageProposalModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays pending</source>
        <extracomment>Triage&apos;s proposal for a comment it leaves as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays rejected</source>
        <translation type="unfinished"></translation>
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
    <name>Newsdesk::WxrCommentReader</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pingbacks and trackbacks are notices from other sites, not reader comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The item “%1” has no &lt;link&gt; or &lt;guid&gt;, so its %n comment(s) cannot be matched to an article.</source>
        <translation>
            <numerusform>The item “%1” has no &lt;link&gt; or &lt;guid&gt;, so its %n comment cannot be matched to an article.</numerusform>
            <numerusform>The item “%1” has no &lt;link&gt; or &lt;guid&gt;, so its %n comments cannot be matched to an article.</numerusform>
        </translation>
    </message>
    <message>
        <source>WordPress export (WXR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a WordPress export: its root element is &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had only a local date without a time zone; it was read as UTC.</source>
        <translation>
            <numerusform>%n comment had only a local date without a time zone; it was read as UTC.</numerusform>
            <numerusform>%n comments had only a local date without a time zone; it was read as UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n comment had a date that is not a date; they were imported without one.</numerusform>
            <numerusform>%n comments had a date that is not a date; they were imported without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n author address that were not http links were left out.</numerusform>
            <numerusform>%n author addresses that were not https links were left out.</numerusform>
        </translation>
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
    <message>
        <source>newsdesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-pdf needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the bundle &lt;name&gt; to PDF and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (the default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the PDF file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and web addresses given are imported into the library. When a Newsdesk window has the library open already, they are handed to it and that window comes to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages, feeds, Newsdesk bundles or web addresses to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
