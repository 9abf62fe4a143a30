<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddBundleArticles</name>
    <message numerus="yes">
        <source>Add %n Article(s) to “%1”</source>
        <translation>
            <numerusform>%n Artikel zu „%1“ hinzufügen</numerusform>
            <numerusform>%n Artikel zu „%1“ hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddBundleSection</name>
    <message>
        <source>Add Section “%1”</source>
        <translation>Abschnitt „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddComment</name>
    <message>
        <source>Reply to a comment</source>
        <translation>Auf einen Kommentar antworten</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ApplyTriage</name>
    <message>
        <source>Apply the moderation rules</source>
        <translation>Moderationsregeln anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Apply the moderation rules to %n comment(s)</source>
        <translation>
            <numerusform>Moderationsregeln auf %n Kommentar anwenden</numerusform>
            <numerusform>Moderationsregeln auf %n Kommentare anwenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDetailPane</name>
    <message>
        <source>Select an article to read and edit it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu lesen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation>&amp;Unterzeile:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Autorenzeile:</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>&amp;Ortsmarke:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>A&amp;gentur:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>e.g. en, ja, pt-BR</source>
        <translation>z. B. en, ja, pt-BR</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Your note on this article (only you see it)</source>
        <translation>Ihre Notiz zu diesem Artikel (nur für Sie sichtbar)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt am %1</translation>
    </message>
    <message>
        <source>in the trash — restore it to edit</source>
        <translation>im Papierkorb – zum Bearbeiten wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (&lt;a href=&quot;relink:%2&quot;&gt;same story after all&lt;/a&gt;)</source>
        <translation>%1 (&lt;a href=&quot;relink:%2&quot;&gt;doch dieselbe Meldung&lt;/a&gt;)</translation>
    </message>
    <message>
        <source> (&lt;a href=&quot;merge:%1&quot;&gt;merge&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation> (&lt;a href=&quot;merge:%1&quot;&gt;zusammenführen&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;eine andere Meldung&lt;/a&gt;)</translation>
    </message>
    <message>
        <source> (first seen; &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation> (zuerst gesehen; &lt;a href=&quot;apart:%1&quot;&gt;eine andere Meldung&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Also published by %1</source>
        <translation>Auch veröffentlicht von %1</translation>
    </message>
    <message>
        <source>Also ran in %1 (merged)</source>
        <translation>Auch erschienen in %1 (zusammengeführt)</translation>
    </message>
    <message>
        <source>Kept apart from %1</source>
        <translation>Getrennt gehalten von %1</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <source> &lt;i&gt;(rule)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(Regel)&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;(suggested, %1%)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(vorgeschlagen, %1 %)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none yet — press T to tag&lt;/i&gt;</source>
        <translation>&lt;i&gt;noch keine – T drücken, um Themen zuzuweisen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Vorgeschlagen:</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Tab: the article shown as it reads (a mode, not &quot;has been read&quot;).</extracomment>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Tab: the article&apos;s fields, to edit them (a mode).</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&lt;i&gt;learning from your tags…&lt;/i&gt;</source>
        <translation>&lt;i&gt;lernt aus Ihren Themenzuweisungen …&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>&lt;small&gt;Y accepts, N rejects the first&lt;/small&gt;</source>
        <translation>&lt;small&gt;Y nimmt den ersten an, N lehnt ihn ab&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFormatter</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image from %1 not loaded</source>
        <translation>Bild von %1 nicht geladen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Also published by</source>
        <translation>Auch veröffentlicht von</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Column header: how well an article matches the search (its relevance).</extracomment>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 waiting for moderation</source>
        <translation>
            <numerusform>%n Kommentar, davon %1 zur Moderation ausstehend</numerusform>
            <numerusform>%n Kommentare, davon %1 zur Moderation ausstehend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Es gibt keinen Artikel mit der ID %1.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Ein Artikel braucht einen Titel.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>„%1“ ist kein Status; zulässig sind new, reviewed, selected oder rejected.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; use ISO 8601, e.g. 2026-10-03T08:15:00Z.</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe; verwenden Sie ISO 8601, z. B. 2026-10-03T08:15:00Z.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag such as en, ja or pt-BR.</source>
        <translation>„%1“ ist kein Sprachkürzel wie en, ja oder pt-BR.</translation>
    </message>
    <message>
        <source>Some of the articles no longer exist.</source>
        <translation>Einige der Artikel existieren nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not a status: use new, reviewed, selected or rejected.</source>
        <translation>„%1“ ist kein Status: zulässig sind new, reviewed, selected oder rejected.</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 12h, 7d, 2w or a date such as 2026-11-01.</source>
        <translation>„%1“ ist keine Zeitangabe: verwenden Sie 12h, 7d, 2w oder ein Datum wie 2026-11-01.</translation>
    </message>
    <message>
        <source>The articles could not be listed.</source>
        <translation>Die Artikel konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>Die Artikel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The articles could not be counted.</source>
        <translation>Die Artikel konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Der Artikel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The article “%1” could not be added.</source>
        <translation>Der Artikel „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The article could not be changed.</source>
        <translation>Der Artikel konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The articles could not be moved to the trash.</source>
        <translation>Die Artikel konnten nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>The articles could not be restored from the trash.</source>
        <translation>Die Artikel konnten nicht aus dem Papierkorb wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The articles could not be deleted.</source>
        <translation>Die Artikel konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The trash could not be read.</source>
        <translation>Der Papierkorb konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleText</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation>Kanonische URL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Unterzeile</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Curator note</source>
        <translation>Kuratornotiz</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleEntriesModel</name>
    <message>
        <source>(missing article %1)</source>
        <translation>(fehlender Artikel %1)</translation>
    </message>
    <message>
        <source>Section: the articles below it, up to the next section, are grouped under “%1”.</source>
        <translation>Abschnitt: Die Artikel darunter bis zum nächsten Abschnitt werden unter „%1“ gruppiert.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>HTML site (folder)</source>
        <translation>HTML-Website (Ordner)</translation>
    </message>
    <message>
        <source>HTML, one file</source>
        <translation>HTML, eine Datei</translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Atom-Feed</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>RSS-Feed</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF is printed with Qt WebEngine by the newsdesk program (Bundle › Export Bundle… in the window, or newsdesk-cli export, which runs it); it cannot be written here.</source>
        <translation>PDF wird vom Programm newsdesk mit Qt WebEngine gedruckt (Zusammenstellung › Zusammenstellung exportieren … im Fenster oder newsdesk-cli export, das es aufruft); hier kann es nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportController</name>
    <message>
        <source>Stop the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Zusammenstellung exportieren</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Ein Export läuft noch.</translation>
    </message>
    <message>
        <source>%1 exists already; choose to replace it or save elsewhere.</source>
        <translation>%1 existiert bereits; wählen Sie, ob die Datei ersetzt oder an anderer Stelle gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Printing the bundle to PDF…</source>
        <translation>Zusammenstellung wird als PDF gedruckt …</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The bundle could not be exported: %1</source>
        <translation>Die Zusammenstellung konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Exporting an HTML site…</source>
        <translation>HTML-Website wird exportiert …</translation>
    </message>
    <message>
        <source>Exporting one HTML file…</source>
        <translation>Einzelne HTML-Datei wird exportiert …</translation>
    </message>
    <message>
        <source>Exporting a JSON Feed…</source>
        <translation>JSON Feed wird exportiert …</translation>
    </message>
    <message>
        <source>Exporting an Atom feed…</source>
        <translation>Atom-Feed wird exportiert …</translation>
    </message>
    <message>
        <source>Exporting an RSS feed…</source>
        <translation>RSS-Feed wird exportiert …</translation>
    </message>
    <message>
        <source>Exporting a PDF…</source>
        <translation>PDF wird exportiert …</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportDialog</name>
    <message>
        <source>Export Bundle “%1”</source>
        <translation>Zusammenstellung „%1“ exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Embed images in the file</source>
        <translation>Bilder in die Datei einbetten</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Template folder:</source>
        <translation>&amp;Vorlagenordner:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Copy images into the site</source>
        <translation>Bilder in die Website kopieren</translation>
    </message>
    <message>
        <source>Folder for the Site</source>
        <translation>Ordner für die Website</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Zusammenstellung exportieren</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie aus, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>Der Vorlagenordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Replace Existing Export?</source>
        <translation>Vorhandenen Export ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 existiert bereits. Durch diesen Export ersetzen?</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleFeeds</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Weiterlesen bei %1</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>Unbenannte Zusammenstellung</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleHtml</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>The template folder has no %1.mustache.</source>
        <translation>Im Vorlagenordner fehlt %1.mustache.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>article title — bundle title</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>Unbenannte Zusammenstellung</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Curator’s note</source>
        <translation>Anmerkung der Redaktion</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Selected and published with Newsdesk. Each article links to its source.</source>
        <translation>Ausgewählt und veröffentlicht mit Newsdesk. Jeder Artikel verweist auf seine Quelle.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleJson</name>
    <message>
        <source>The file&apos;s Newsdesk fields do not say which format version they are in.</source>
        <translation>Die Newsdesk-Felder der Datei geben nicht an, in welcher Formatversion sie vorliegen.</translation>
    </message>
    <message>
        <source>This bundle was exported by a newer Newsdesk (format %1; this version reads up to format %2). Update Newsdesk to import it.</source>
        <translation>Diese Zusammenstellung wurde von einer neueren Newsdesk-Version exportiert (Format %1; diese Version liest bis Format %2). Aktualisieren Sie Newsdesk, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Imported bundle</source>
        <translation>Importierte Zusammenstellung</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be text.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte Text sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be true or false.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a whole number, 0 or more.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a date such as 2024-05-01T09:30:00Z.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte ein Datum wie 2024-05-01T09:30:00Z sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a list.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte eine Liste sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be an object.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a topic&apos;s name.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte der Name eines Themas sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the comment&apos;s id.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte die ID des Kommentars sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a section&apos;s heading.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte die Überschrift eines Abschnitts sein.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the index of the section&apos;s first item, in order.</source>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte der Index des ersten Eintrags des Abschnitts sein, in aufsteigender Reihenfolge.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be one of %2.</source>
        <extracomment>%1 is where in the file (“items[0]._newsdesk.status”), %2 the allowed values, as they are.</extracomment>
        <translation>Die Newsdesk-Felder der Datei können nicht gelesen werden: „%1“ sollte einer dieser Werte sein: %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleListModel</name>
    <message numerus="yes">
        <source>%1
%n article(s), changed %2</source>
        <translation>
            <numerusform>%1
%n Artikel, geändert %2</numerusform>
            <numerusform>%1
%n Artikel, geändert %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePdfPrinter</name>
    <message>
        <source>The bundle&apos;s page could not be loaded for printing.</source>
        <translation>Die Seite der Zusammenstellung konnte nicht zum Drucken geladen werden.</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>Die Seite konnte nicht gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePreview</name>
    <message>
        <source>Choose a bundle to see it as it will be published.</source>
        <translation>Wählen Sie eine Zusammenstellung aus, um sie so zu sehen, wie sie veröffentlicht wird.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The full preview is not available, so the bundle is shown in a simpler view.</source>
        <translation>Die vollständige Vorschau ist nicht verfügbar, daher wird die Zusammenstellung in einer einfacheren Ansicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleRepository</name>
    <message>
        <source>A bundle needs a name.</source>
        <translation>Eine Zusammenstellung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation>Ein Abschnitt braucht eine Überschrift.</translation>
    </message>
    <message>
        <source>Article %1 is in the bundle twice.</source>
        <translation>Artikel %1 ist zweimal in der Zusammenstellung.</translation>
    </message>
    <message>
        <source>There is no bundle %1.</source>
        <translation>Es gibt keine Zusammenstellung %1.</translation>
    </message>
    <message>
        <source>There is no bundle named “%1”.</source>
        <translation>Es gibt keine Zusammenstellung namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a bundle named “%1”.</source>
        <translation>Es gibt bereits eine Zusammenstellung namens „%1“.</translation>
    </message>
    <message>
        <source>Article %1 cannot go into the bundle: %2</source>
        <translation>Artikel %1 kann nicht in die Zusammenstellung aufgenommen werden: %2</translation>
    </message>
    <message>
        <source>The bundles could not be listed.</source>
        <translation>Die Zusammenstellungen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The bundle could not be read.</source>
        <translation>Die Zusammenstellung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The bundle could not be looked up.</source>
        <translation>Die Zusammenstellung konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The bundle could not be saved.</source>
        <translation>Die Zusammenstellung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The bundle could not be created.</source>
        <translation>Die Zusammenstellung konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The bundle could not be deleted.</source>
        <translation>Die Zusammenstellung konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesDock</name>
    <message>
        <source>Bundles</source>
        <translation>Zusammenstellungen</translation>
    </message>
    <message>
        <source>Drag articles onto a bundle to add them; double-click a bundle to open it.</source>
        <translation>Ziehen Sie Artikel auf eine Zusammenstellung, um sie hinzuzufügen; doppelklicken Sie auf eine Zusammenstellung, um sie zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n Artikel zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Artikel zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Bereits in „%1“.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesView</name>
    <message>
        <source>&amp;New Bundle</source>
        <translation>&amp;Neue Zusammenstellung</translation>
    </message>
    <message>
        <source>Make a new, empty bundle</source>
        <translation>Eine neue, leere Zusammenstellung anlegen</translation>
    </message>
    <message>
        <source>&amp;Rename Bundle</source>
        <translation>Zusammenstellung &amp;umbenennen</translation>
    </message>
    <message>
        <source>Rename the bundle (F2)</source>
        <translation>Die Zusammenstellung umbenennen (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Bundle</source>
        <translation>Zusammenstellung &amp;duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the bundle</source>
        <translation>Eine Kopie der Zusammenstellung anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete Bundle</source>
        <translation>Zusammenstellung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the bundle (Delete; Undo brings it back)</source>
        <translation>Die Zusammenstellung löschen (Entf; Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>Zusammenstellung &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export the bundle as HTML, JSON, a feed or PDF</source>
        <translation>Die Zusammenstellung als HTML, JSON, Feed oder PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Remove from Bundle</source>
        <translation>Aus Zusammenstellung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Die ausgewählten Einträge entfernen (Entf)</translation>
    </message>
    <message>
        <source>Add &amp;Section Above…</source>
        <translation>&amp;Abschnitt darüber einfügen …</translation>
    </message>
    <message>
        <source>Add a heading that groups the articles below it</source>
        <translation>Eine Überschrift einfügen, die die Artikel darunter gruppiert</translation>
    </message>
    <message>
        <source>Re&amp;name Section</source>
        <translation>Abschnitt umbe&amp;nennen</translation>
    </message>
    <message>
        <source>Change the section&apos;s heading (F2)</source>
        <translation>Die Überschrift des Abschnitts ändern (F2)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zusammenstellungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The bundle&apos;s name</source>
        <translation>Der Name der Zusammenstellung</translation>
    </message>
    <message>
        <source>A few words introducing the selection; a blank line starts a paragraph</source>
        <translation>Ein paar einleitende Worte zur Auswahl; eine Leerzeile beginnt einen neuen Absatz</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Approved &amp;comments</source>
        <translation>Freigegebene &amp;Kommentare</translation>
    </message>
    <message>
        <source>Only approved comments are ever published; pending, spam and rejected ones never are</source>
        <translation>Es werden nur freigegebene Kommentare veröffentlicht, niemals ausstehende, Spam oder abgelehnte</translation>
    </message>
    <message>
        <source>Source &amp;links</source>
        <translation>Quell&amp;links</translation>
    </message>
    <message>
        <source>e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>z. B. topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Auffüllen</translation>
    </message>
    <message>
        <source>Add the articles the saved search finds that are not in the bundle yet</source>
        <translation>Die Artikel hinzufügen, die die gespeicherte Suche findet und die noch nicht in der Zusammenstellung sind</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Int&amp;ro:</source>
        <translation>Einl&amp;eitung:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Einbeziehen:</translation>
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation>Gespeicherte &amp;Suche:</translation>
    </message>
    <message>
        <source>&amp;Blurb:</source>
        <translation>An&amp;reißer:</translation>
    </message>
    <message>
        <source>Your words on the selected article, shown with it</source>
        <translation>Ihre Worte zum ausgewählten Artikel, die mit ihm angezeigt werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; (drag to reorder, or drag articles in)</source>
        <translation>&lt;b&gt;Einträge&lt;/b&gt; (zum Umsortieren ziehen oder Artikel hineinziehen)</translation>
    </message>
    <message>
        <source>&amp;Blurb for “%1”:</source>
        <translation>An&amp;reißer für „%1“:</translation>
    </message>
    <message>
        <source>&amp;Blurb (select an article):</source>
        <translation>An&amp;reißer (Artikel auswählen):</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Neue Zusammenstellung</translation>
    </message>
    <message>
        <source>New Bundle</source>
        <translation>Neue Zusammenstellung</translation>
    </message>
    <message>
        <source>Add to Bundle</source>
        <translation>Zur Zusammenstellung hinzufügen</translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Bereits in „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n Artikel zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Artikel zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Bundle…</source>
        <translation>Neue Zusammenstellung …</translation>
    </message>
    <message>
        <source>Made a new bundle; rename it on the Bundles page (F2).</source>
        <translation>Neue Zusammenstellung angelegt; benennen Sie sie auf der Seite „Zusammenstellungen“ um (F2).</translation>
    </message>
    <message>
        <source>Deleted the bundle “%1”. Undo brings it back.</source>
        <translation>Zusammenstellung „%1“ gelöscht. Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Section heading:</source>
        <translation>Abschnittsüberschrift:</translation>
    </message>
    <message>
        <source>Fill from Saved Search</source>
        <translation>Aus gespeicherter Suche auffüllen</translation>
    </message>
    <message>
        <source>Type a search first, as in the article list, e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>Geben Sie zuerst eine Suche ein, wie in der Artikelliste, z. B. topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>The saved search could not be run: %1</source>
        <translation>Die gespeicherte Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The saved search finds no articles.</source>
        <translation>Die gespeicherte Suche findet keine Artikel.</translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
        <translation>&amp;Bilder</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Cli</name>
    <message>
        <source>Show the library&apos;s path, schema version and counts.</source>
        <translation>Pfad, Schemaversion und Zählerstände der Bibliothek anzeigen.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Library: %1
Schema version: %2
Articles: %3
%4In the trash: %5
Comments: %6 (%7 pending)
</source>
        <translation>Bibliothek: %1
Schemaversion: %2
Artikel: %3
%4Im Papierkorb: %5
Kommentare: %6 (%7 ausstehend)
</translation>
    </message>
    <message>
        <source>Only articles with this status: new, reviewed, selected or rejected.</source>
        <translation>Nur Artikel mit diesem Status: new, reviewed, selected oder rejected.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; articles (default 100).</source>
        <translation>Höchstens &lt;n&gt; Artikel auflisten (Standard: 100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>List the trash instead.</source>
        <translation>Stattdessen den Papierkorb auflisten.</translation>
    </message>
    <message>
        <source>List articles, newest first.</source>
        <translation>Artikel auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>list takes no arguments; use search to find articles.</source>
        <translation>list erwartet keine Argumente; verwenden Sie search, um Artikel zu finden.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>„%1“ ist kein Status; zulässig sind new, reviewed, selected oder rejected.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit benötigt eine positive Zahl.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show one article with all its fields.</source>
        <translation>Einen Artikel mit allen Feldern anzeigen.</translation>
    </message>
    <message>
        <source>show takes one article id.</source>
        <translation>show erwartet eine Artikel-ID.</translation>
    </message>
    <message>
        <source>Words: %1
</source>
        <translation>Wörter: %1
</translation>
    </message>
    <message>
        <source>In the trash since %1
</source>
        <translation>Im Papierkorb seit %1
</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (default 20).</source>
        <translation>Höchstens &lt;n&gt; Ergebnisse anzeigen (Standard: 20).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>SUCHANFRAGE</translation>
    </message>
    <message>
        <source>Full-text search over title, dek, byline and body, best match first. Words must all match; &quot;quoted phrases&quot;, OR and NOT work.</source>
        <translation>Volltextsuche in Titel, Unterzeile, Autorenzeile und Text, beste Treffer zuerst. Alle Wörter müssen vorkommen; &quot;Phrasen in Anführungszeichen&quot;, OR und NOT funktionieren.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search benötigt eine Suchanfrage.</translation>
    </message>
    <message>
        <source>Article %1: changed %2.</source>
        <translation>Artikel %1: %2 geändert.</translation>
    </message>
    <message>
        <source>ID STATUS</source>
        <translation>ID STATUS</translation>
    </message>
    <message>
        <source>Set an article&apos;s status: new, reviewed, selected or rejected.</source>
        <translation>Den Status eines Artikels setzen: new, reviewed, selected oder rejected.</translation>
    </message>
    <message>
        <source>set-status takes an article id and a status.</source>
        <translation>set-status erwartet eine Artikel-ID und einen Status.</translation>
    </message>
    <message>
        <source>ID TEXT</source>
        <translation>ID TEXT</translation>
    </message>
    <message>
        <source>Set the curator note of an article (an empty TEXT clears it).</source>
        <translation>Die Kuratornotiz eines Artikels setzen (ein leerer TEXT löscht sie).</translation>
    </message>
    <message>
        <source>note takes an article id and the note&apos;s text.</source>
        <translation>note erwartet eine Artikel-ID und den Text der Notiz.</translation>
    </message>
    <message>
        <source>ID FIELD=VALUE...</source>
        <translation>ID FELD=WERT ...</translation>
    </message>
    <message>
        <source>Change fields of an article in one step. Fields: %1. Dates are ISO 8601.</source>
        <translation>Mehrere Felder eines Artikels in einem Schritt ändern. Felder: %1. Datumsangaben im Format ISO 8601.</translation>
    </message>
    <message>
        <source>edit takes an article id and at least one FIELD=VALUE.</source>
        <translation>edit erwartet eine Artikel-ID und mindestens ein FELD=WERT.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE with a field among: %2.</source>
        <translation>„%1“ hat nicht die Form FELD=WERT mit einem dieser Felder: %2.</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID ...</translation>
    </message>
    <message>
        <source>Bring articles back from the trash.</source>
        <translation>Artikel aus dem Papierkorb zurückholen.</translation>
    </message>
    <message>
        <source>Move articles to the trash; restore brings them back.</source>
        <translation>Artikel in den Papierkorb verschieben; restore holt sie zurück.</translation>
    </message>
    <message>
        <source>Article %1 is not in the trash.</source>
        <translation>Artikel %1 ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <source>Article %1 is already in the trash.</source>
        <translation>Artikel %1 ist bereits im Papierkorb.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s).</source>
        <translation>
            <numerusform>%n Artikel wiederhergestellt.</numerusform>
            <numerusform>%n Artikel wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>%n Artikel in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Artikel in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the articles in the trash for good, with their comments and tags.</source>
        <translation>Die Artikel im Papierkorb samt ihren Kommentaren und Themenzuweisungen endgültig löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>%n Artikel endgültig gelöscht.</numerusform>
            <numerusform>%n Artikel endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the fictional sample articles and comments to the library.</source>
        <translation>Die fiktiven Beispielartikel und -kommentare zur Bibliothek hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>%n Beispielartikel hinzugefügt.</numerusform>
            <numerusform>%n Beispielartikel hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Library path, schema version and counts</source>
        <translation>Pfad, Schemaversion und Zählerstände der Bibliothek</translation>
    </message>
    <message>
        <source>List articles [--status S] [--limit N] [--trash]</source>
        <translation>Artikel auflisten [--status S] [--limit N] [--trash]</translation>
    </message>
    <message>
        <source>Show one article</source>
        <translation>Einen Artikel anzeigen</translation>
    </message>
    <message>
        <source>Full-text search, best match first</source>
        <translation>Volltextsuche, beste Treffer zuerst</translation>
    </message>
    <message>
        <source>Set an article&apos;s status</source>
        <translation>Den Status eines Artikels setzen</translation>
    </message>
    <message>
        <source>Set an article&apos;s curator note</source>
        <translation>Die Kuratornotiz eines Artikels setzen</translation>
    </message>
    <message>
        <source>Change fields of an article</source>
        <translation>Felder eines Artikels ändern</translation>
    </message>
    <message>
        <source>Move articles to the trash</source>
        <translation>Artikel in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Bring articles back from the trash</source>
        <translation>Artikel aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>Delete the trash for good</source>
        <translation>Den Papierkorb endgültig leeren</translation>
    </message>
    <message>
        <source>Add the sample articles</source>
        <translation>Die Beispielartikel hinzufügen</translation>
    </message>
    <message>
        <source>Use the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>Die Bibliotheksdatei unter &lt;Pfad&gt; verwenden (Standard: $NEWSDESK_LIBRARY oder %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>Das Ergebnis als JSON ausgeben, für Skripte.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>newsdesk-cli: %1</source>
        <translation>newsdesk-cli: %1</translation>
    </message>
    <message>
        <source>Try “newsdesk-cli --help”.</source>
        <translation>Siehe „newsdesk-cli --help“.</translation>
    </message>
    <message>
        <source>Give at least one article id.</source>
        <translation>Geben Sie mindestens eine Artikel-ID an.</translation>
    </message>
    <message>
        <source>“%1” is not an article id.</source>
        <translation>„%1“ ist keine Artikel-ID.</translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli [--library PATH] COMMAND [options] [--json]

Curate a Newsdesk library from the command line.

Commands:
</source>
        <translation>Aufruf: newsdesk-cli [--library PFAD] BEFEHL [Optionen] [--json]

Eine Newsdesk-Bibliothek über die Befehlszeile kuratieren.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run “newsdesk-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
„newsdesk-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <source>Import files, folders, feeds and URLs</source>
        <translation>Dateien, Ordner, Feeds und URLs importieren</translation>
    </message>
    <message>
        <source>Extract articles from files, without a library</source>
        <translation>Artikel aus Dateien extrahieren, ohne Bibliothek</translation>
    </message>
    <message>
        <source>Read folders with their subfolders.</source>
        <translation>Ordner samt Unterordnern einlesen.</translation>
    </message>
    <message>
        <source>FILE|FOLDER...</source>
        <translation>DATEI|ORDNER ...</translation>
    </message>
    <message>
        <source>Extract articles from pages, text files and feeds without touching a library. With --json, prints one JSON object per article, one per line.</source>
        <translation>Artikel aus Seiten, Textdateien und Feeds extrahieren, ohne eine Bibliothek anzurühren. Mit --json wird pro Artikel ein JSON-Objekt ausgegeben, eines pro Zeile.</translation>
    </message>
    <message>
        <source>extract needs at least one file or folder.</source>
        <translation>extract benötigt mindestens eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)
  Title: %3
  Byline: %4
  Dateline: %5  Agency: %6  Source: %7
  Published: %8  Language: %9
</source>
        <translation>%1 (%2)
  Titel: %3
  Autorenzeile: %4
  Ortsmarke: %5  Agentur: %6  Quelle: %7
  Veröffentlicht: %8  Sprache: %9
</translation>
    </message>
    <message>
        <source>  lists %1</source>
        <translation>  verweist auf %1</translation>
    </message>
    <message>
        <source>PATH|URL...</source>
        <translation>PFAD|URL ...</translation>
    </message>
    <message>
        <source>Import pages, text files, feeds, OPML lists, folders and URLs into the library. Duplicates are skipped; another site&apos;s copy of a story is linked to it. With --json, prints one JSON object per input, one per line.</source>
        <translation>Seiten, Textdateien, Feeds, OPML-Listen, Ordner und URLs in die Bibliothek importieren. Duplikate werden übersprungen; die Kopie einer Meldung von einer anderen Website wird mit ihr verknüpft. Mit --json wird pro Eingabe ein JSON-Objekt ausgegeben, eines pro Zeile.</translation>
    </message>
    <message>
        <source>import needs at least one file, folder or URL.</source>
        <translation>import benötigt mindestens eine Datei, einen Ordner oder eine URL.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3/s, %4 s left)</source>
        <translation>%1 von %2 (%3/s, noch %4 s)</translation>
    </message>
    <message>
        <source>Tag an article with topics</source>
        <translation>Einem Artikel Themen zuweisen</translation>
    </message>
    <message>
        <source>Remove topics from an article</source>
        <translation>Themen von einem Artikel entfernen</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules [--dry-run]</source>
        <translation>Die Regeln der Themen anwenden [--dry-run]</translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>Es gibt kein Thema mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no topic “%1”.</source>
        <translation>Es gibt kein Thema „%1“.</translation>
    </message>
    <message>
        <source>“%1” names %2 topics; give its path (Parent/Name) or its id.</source>
        <translation>„%1“ bezeichnet %2 Themen; geben Sie den Pfad (Oberthema/Name) oder die ID an.</translation>
    </message>
    <message>
        <source>With add: the parent topic.</source>
        <translation>Bei add: das übergeordnete Thema.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Added topic %1.</source>
        <translation>Thema %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Renamed topic %1.</source>
        <translation>Thema %1 umbenannt.</translation>
    </message>
    <message>
        <source>Moved topic %1.</source>
        <translation>Thema %1 verschoben.</translation>
    </message>
    <message>
        <source>Merged topic %1 into %2.</source>
        <translation>Thema %1 mit %2 zusammengeführt.</translation>
    </message>
    <message>
        <source>ID TOPIC...</source>
        <translation>ID THEMA ...</translation>
    </message>
    <message>
        <source>Tag an article with topics (by id, name or path).</source>
        <translation>Einem Artikel Themen zuweisen (per ID, Name oder Pfad).</translation>
    </message>
    <message>
        <source>Remove topics from an article.</source>
        <translation>Themen von einem Artikel entfernen.</translation>
    </message>
    <message>
        <source>%1 takes an article id and at least one topic.</source>
        <translation>%1 erwartet eine Artikel-ID und mindestens ein Thema.</translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) added.</source>
        <translation>
            <numerusform>Artikel %1: %n Thema hinzugefügt.</numerusform>
            <numerusform>Artikel %1: %n Themen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) removed.</source>
        <translation>
            <numerusform>Artikel %1: %n Thema entfernt.</numerusform>
            <numerusform>Artikel %1: %n Themen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the rules would tag, change nothing.</source>
        <translation>Anzeigen, welche Themen die Regeln zuweisen würden, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules to every article in the library.</source>
        <translation>Die Regeln der Themen auf jeden Artikel der Bibliothek anwenden.</translation>
    </message>
    <message>
        <source>rules takes one action: apply.</source>
        <translation>rules erwartet eine Aktion: apply.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be added.</source>
        <translation>
            <numerusform>%n Themenzuweisung würde hinzugefügt.</numerusform>
            <numerusform>%n Themenzuweisungen würden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>%n Themenzuweisung hinzugefügt.</numerusform>
            <numerusform>%n Themenzuweisungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1
</source>
        <translation>Themen: %1
</translation>
    </message>
    <message>
        <source>Show, change, export or import the topic tree</source>
        <translation>Den Themenbaum anzeigen, ändern, exportieren oder importieren</translation>
    </message>
    <message>
        <source>Suggest topics learned from the library&apos;s tags</source>
        <translation>Themen vorschlagen, gelernt aus den Themenzuweisungen der Bibliothek</translation>
    </message>
    <message>
        <source>List, triage or import reader comments</source>
        <translation>Leserkommentare auflisten, sichten oder importieren</translation>
    </message>
    <message>
        <source>Approve, reject or mark comments as spam</source>
        <translation>Kommentare freigeben, ablehnen oder als Spam markieren</translation>
    </message>
    <message>
        <source>Show or change moderation settings, print the log</source>
        <translation>Moderationseinstellungen anzeigen oder ändern, das Protokoll ausgeben</translation>
    </message>
    <message>
        <source>%1: %2, %3 added, %4 already there, %5 skipped
</source>
        <translation>%1: %2, %3 hinzugefügt, %4 bereits vorhanden, %5 übersprungen
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  %1 übersprungen: %2
</translation>
    </message>
    <message>
        <source>  issue: %1
</source>
        <translation>  Problem: %1
</translation>
    </message>
    <message>
        <source>Attach comments whose file names no article (the YouTube Spam Collection, a CSV without article_url or article_id) to the article with this id.</source>
        <translation>Kommentare, deren Datei keinen Artikel nennt (YouTube Spam Collection, CSV ohne article_url oder article_id), dem Artikel mit dieser ID zuordnen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the files as %1 instead of recognising the format from their content.</source>
        <translation>Die Dateien als %1 lesen, statt das Format am Inhalt zu erkennen.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Take spam labels (the YouTube Spam Collection&apos;s CLASS) as moderation statuses: 1 spam, 0 approved. Without it they are ignored and the comments are pending.</source>
        <translation>Spam-Kennzeichnungen (CLASS der YouTube Spam Collection) als Moderationsstatus übernehmen: 1 Spam, 0 freigegeben. Ohne diese Option werden sie ignoriert und die Kommentare sind ausstehend.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI ...</translation>
    </message>
    <message>
        <source>Import reader comments from WordPress (WXR) or Disqus exports, CSV or JSON files. Each comment goes to its article in the library (by address or id); comments of articles the library does not have are skipped. Importing a file again adds nothing. Exits with 1 when a file could not be imported.</source>
        <translation>Leserkommentare aus WordPress- (WXR) oder Disqus-Exporten, CSV- oder JSON-Dateien importieren. Jeder Kommentar wird seinem Artikel in der Bibliothek zugeordnet (per Adresse oder ID); Kommentare zu Artikeln, die nicht in der Bibliothek sind, werden übersprungen. Ein erneuter Import derselben Datei fügt nichts hinzu. Endet mit 1, wenn eine Datei nicht importiert werden konnte.</translation>
    </message>
    <message>
        <source>comments import needs at least one file.</source>
        <translation>comments import benötigt mindestens eine Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use %2.</source>
        <translation>„%1“ ist kein Kommentarformat; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Only comments with this status: pending, approved, spam or rejected.</source>
        <translation>Nur Kommentare mit diesem Status: pending, approved, spam oder rejected.</translation>
    </message>
    <message>
        <source>Only the comments of this article.</source>
        <translation>Nur die Kommentare dieses Artikels.</translation>
    </message>
    <message>
        <source>Only comments whose author&apos;s name, email or IP address is this.</source>
        <translation>Nur Kommentare, bei denen Name, E-Mail- oder IP-Adresse des Autors diesem Wert entspricht.</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; comments (default 100).</source>
        <translation>Höchstens &lt;n&gt; Kommentare auflisten (Standard: 100).</translation>
    </message>
    <message>
        <source>List reader comments, newest first. `comments triage` proposes moderation decisions for the pending ones; `comments import` reads comment files.</source>
        <translation>Leserkommentare auflisten, neueste zuerst. `comments triage` schlägt Moderationsentscheidungen für die ausstehenden vor; `comments import` liest Kommentardateien ein.</translation>
    </message>
    <message>
        <source>“%1” is not a comment status; use pending, approved, spam or rejected.</source>
        <translation>„%1“ ist kein Kommentarstatus; zulässig sind pending, approved, spam oder rejected.</translation>
    </message>
    <message>
        <source>Make the proposed decisions (and store the scores), in one step.</source>
        <translation>Die vorgeschlagenen Entscheidungen in einem Schritt umsetzen (und die Bewertungen speichern).</translation>
    </message>
    <message>
        <source>[--apply]</source>
        <translation>[--apply]</translation>
    </message>
    <message>
        <source>Propose a status for every pending comment, with the spam filter&apos;s score and the reason: the moderation rules (see `moderation config`), and a spam filter trained on the library&apos;s approved and spam comments. A disallowed key makes spam; then a score at or above spam_threshold; then moderation keys, links, floods, shouting and duplicates keep a comment pending; a known author is approved. Nothing changes without --apply.</source>
        <translation>Für jeden ausstehenden Kommentar einen Status vorschlagen, mit der Bewertung des Spamfilters und der Begründung: die Moderationsregeln (siehe `moderation config`) und ein Spamfilter, trainiert auf den freigegebenen und den Spam-Kommentaren der Bibliothek. Ein gesperrter Schlüssel ergibt Spam; danach eine Bewertung ab spam_threshold; danach halten Moderationsschlüssel, Links, Kommentarfluten, Großschreibung und Duplikate einen Kommentar in der Warteschlange; ein bekannter Autor wird freigegeben. Ohne --apply ändert sich nichts.</translation>
    </message>
    <message>
        <source>comments triage takes no arguments besides --apply.</source>
        <translation>comments triage erwartet außer --apply keine Argumente.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s); rules only: %1</source>
        <translation>
            <numerusform>%n ausstehender Kommentar; nur Regeln: %1</numerusform>
            <numerusform>%n ausstehende Kommentare; nur Regeln: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Nothing changed; run with --apply to make these decisions.</source>
        <translation>Nichts geändert; mit --apply ausführen, um diese Entscheidungen umzusetzen.</translation>
    </message>
    <message>
        <source>[KEY=VALUE...]</source>
        <translation>[SCHLÜSSEL=WERT ...]</translation>
    </message>
    <message>
        <source>Show the library&apos;s moderation settings, or change them: all the given KEY=VALUE pairs or none. Keys: %1. moderation_keys and disallowed_keys take their keys one per line or separated by commas; on/off settings take on or off; shares take a number from 0 to 1.</source>
        <translation>Die Moderationseinstellungen der Bibliothek anzeigen oder ändern: alle angegebenen SCHLÜSSEL=WERT-Paare oder keines. Schlüssel: %1. moderation_keys und disallowed_keys nehmen ihre Schlüsselwörter eines pro Zeile oder durch Kommas getrennt; Ein/Aus-Einstellungen nehmen on oder off; Anteile nehmen eine Zahl von 0 bis 1.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE; the keys are: %2.</source>
        <translation>„%1“ hat nicht die Form SCHLÜSSEL=WERT; die Schlüssel sind: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>%n Einstellung gespeichert.</numerusform>
            <numerusform>%n Einstellungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the log as CSV (RFC 4180, UTF-8).</source>
        <translation>Das Protokoll als CSV ausgeben (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Only the decisions about this comment.</source>
        <translation>Nur die Entscheidungen zu diesem Kommentar.</translation>
    </message>
    <message>
        <source>[--json | --csv] [--comment ID]</source>
        <translation>[--json | --csv] [--comment ID]</translation>
    </message>
    <message>
        <source>Print the moderation log, oldest first: when, which comment, who (curator, rules, filter), from which status to which, and why.</source>
        <translation>Das Moderationsprotokoll ausgeben, älteste zuerst: wann, welcher Kommentar, wer (Kurator, Regeln, Filter), von welchem zu welchem Status und warum.</translation>
    </message>
    <message>
        <source>moderation log takes no arguments besides its options.</source>
        <translation>moderation log erwartet außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>Geben Sie --json oder --csv an, nicht beides.</translation>
    </message>
    <message>
        <source>“%1” is not a comment id.</source>
        <translation>„%1“ ist keine Kommentar-ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &lt;text&gt; as the decision&apos;s reason.</source>
        <translation>&lt;Text&gt; als Begründung der Entscheidung speichern.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>COMMENT_ID... approve|spam|reject|pending</source>
        <translation>KOMMENTAR_ID ... approve|spam|reject|pending</translation>
    </message>
    <message>
        <source>Decide about comments as the curator: approve them, mark them as spam, reject them or put them back to pending. The decision is logged.</source>
        <translation>Als Kurator über Kommentare entscheiden: freigeben, als Spam markieren, ablehnen oder wieder auf ausstehend setzen. Die Entscheidung wird protokolliert.</translation>
    </message>
    <message>
        <source>moderate takes comment ids and then approve, spam, reject or pending.</source>
        <translation>moderate erwartet Kommentar-IDs und danach approve, spam, reject oder pending.</translation>
    </message>
    <message>
        <source>“%1” is not a decision; use approve, spam, reject or pending.</source>
        <translation>„%1“ ist keine Entscheidung; zulässig sind approve, spam, reject oder pending.</translation>
    </message>
    <message>
        <source>Comment %1: %2 → %3
</source>
        <translation>Kommentar %1: %2 → %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) already had that status.</source>
        <translation>
            <numerusform>%n Kommentar hatte diesen Status bereits.</numerusform>
            <numerusform>%n Kommentare hatten diesen Status bereits.</numerusform>
        </translation>
    </message>
    <message>
        <source>config [KEY=VALUE...] | log</source>
        <translation>config [SCHLÜSSEL=WERT ...] | log</translation>
    </message>
    <message>
        <source>Show or change the moderation settings (`moderation config`), or print the moderation log (`moderation log`).</source>
        <translation>Die Moderationseinstellungen anzeigen oder ändern (`moderation config`) oder das Moderationsprotokoll ausgeben (`moderation log`).</translation>
    </message>
    <message>
        <source>moderation needs an action: config or log.</source>
        <translation>moderation benötigt eine Aktion: config oder log.</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action; use config or log.</source>
        <translation>„%1“ ist keine Moderationsaktion; zulässig sind config oder log.</translation>
    </message>
    <message>
        <source>At most this many topics per article (default 5).</source>
        <translation>Höchstens so viele Themen pro Artikel (Standard: 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Suggest for every article, tagged or not.</source>
        <translation>Für jeden Artikel vorschlagen, ob mit Themen versehen oder nicht.</translation>
    </message>
    <message>
        <source>Also list topics under their decision threshold, for ranking.</source>
        <translation>Auch Themen unterhalb ihrer Entscheidungsschwelle auflisten, als Rangfolge.</translation>
    </message>
    <message>
        <source>[--all | ID...]</source>
        <translation>[--all | ID ...]</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit benötigt eine positive Zahl.</translation>
    </message>
    <message>
        <source>Give either --all or article ids, not both.</source>
        <translation>Geben Sie entweder --all oder Artikel-IDs an, nicht beides.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Write the taxonomy to &lt;file&gt; instead of printing it; the file is replaced only once the export is complete.</source>
        <translation>Die Taxonomie in &lt;Datei&gt; schreiben, statt sie auszugeben; die Datei wird erst ersetzt, wenn der Export vollständig ist.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>[--output FILE]</source>
        <translation>[--output DATEI]</translation>
    </message>
    <message>
        <source>Print the library&apos;s topic taxonomy as JSON (the newsdesk-taxonomy format): every topic with its description, colour, codes and rules, in tree order. `topics import` reads it back into another library.</source>
        <translation>Die Thementaxonomie der Bibliothek als JSON ausgeben (das Format newsdesk-taxonomy): jedes Thema mit Beschreibung, Farbe, Codes und Regeln, in Baumreihenfolge. `topics import` liest sie in eine andere Bibliothek ein.</translation>
    </message>
    <message>
        <source>topics export takes no arguments; use --output FILE to write a file.</source>
        <translation>topics export erwartet keine Argumente; verwenden Sie --output DATEI, um eine Datei zu schreiben.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output benötigt einen Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n topic(s) to %1.</source>
        <translation>
            <numerusform>%n Thema nach %1 exportiert.</numerusform>
            <numerusform>%n Themen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the topics below &lt;topic&gt; (id, name or path) instead of at the top level.</source>
        <translation>Die Themen unterhalb von &lt;Thema&gt; (ID, Name oder Pfad) statt auf der obersten Ebene hinzufügen.</translation>
    </message>
    <message>
        <source>Import the full IPTC Media Topics tree that comes with Newsdesk instead of a file.</source>
        <translation>Statt einer Datei den vollständigen, mit Newsdesk gelieferten IPTC-Media-Topics-Baum importieren.</translation>
    </message>
    <message>
        <source>FILE | --iptc</source>
        <translation>DATEI | --iptc</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file written by `topics export`, or with --iptc the full IPTC Media Topics tree. A topic whose name is already there (under the same parent) is kept and only its new subtopics are added, so importing the same file twice adds nothing. The import is one step: if the file is malformed, the library is left unchanged.</source>
        <translation>Die Themen einer mit `topics export` geschriebenen Taxonomiedatei hinzufügen, oder mit --iptc den vollständigen IPTC-Media-Topics-Baum. Ein Thema, dessen Name (unter demselben Oberthema) schon vorhanden ist, bleibt erhalten, und nur seine neuen Unterthemen werden hinzugefügt; ein zweiter Import derselben Datei fügt also nichts hinzu. Der Import erfolgt in einem Schritt: Ist die Datei fehlerhaft, bleibt die Bibliothek unverändert.</translation>
    </message>
    <message>
        <source>topics import --iptc takes no file.</source>
        <translation>topics import --iptc erwartet keine Datei.</translation>
    </message>
    <message>
        <source>topics import takes one taxonomy file, or --iptc.</source>
        <translation>topics import erwartet eine Taxonomiedatei oder --iptc.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n topic(s); %1 already in the library.</source>
        <translation>
            <numerusform>%n Thema hinzugefügt; %1 bereits in der Bibliothek.</numerusform>
            <numerusform>%n Themen hinzugefügt; %1 bereits in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC | export | import FILE]</source>
        <translation>[add NAME | rename THEMA NAME | move THEMA OBERTHEMA | merge VON NACH | delete THEMA | export | import DATEI]</translation>
    </message>
    <message>
        <source>Show the topic tree with article counts, or change it. A topic is given by id, name or path (Parent/Name); &quot;-&quot; as PARENT is the top level. Run &quot;topics export --help&quot; and &quot;topics import --help&quot; for exchanging taxonomies as JSON.</source>
        <translation>Den Themenbaum mit Artikelzahlen anzeigen oder ändern. Ein Thema wird per ID, Name oder Pfad (Oberthema/Name) angegeben; &quot;-&quot; als OBERTHEMA steht für die oberste Ebene. Für den Austausch von Taxonomien als JSON siehe &quot;topics export --help&quot; und &quot;topics import --help&quot;.</translation>
    </message>
    <message>
        <source>topics takes no arguments, or one of: add NAME, rename TOPIC NAME, move TOPIC PARENT, merge FROM INTO, delete TOPIC, export, import FILE.</source>
        <translation>topics erwartet keine Argumente oder eines von: add NAME, rename THEMA NAME, move THEMA OBERTHEMA, merge VON NACH, delete THEMA, export, import DATEI.</translation>
    </message>
    <message>
        <source>[triage | import FILE... | add ARTICLE_ID TEXT]</source>
        <translation>[triage | import DATEI ... | add ARTIKEL_ID TEXT]</translation>
    </message>
    <message>
        <source>“%1” is not a comments action; use triage, import or add.</source>
        <translation>„%1“ ist keine Kommentaraktion; zulässig sind triage, import oder add.</translation>
    </message>
    <message>
        <source>The comment&apos;s author (required).</source>
        <translation>Der Autor des Kommentars (erforderlich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The author&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Autors.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Answer this comment, which must be on the same article.</source>
        <translation>Auf diesen Kommentar antworten; er muss zum selben Artikel gehören.</translation>
    </message>
    <message>
        <source>pending, approved (the default: the curator wrote it), spam or rejected.</source>
        <translation>pending, approved (Standard: vom Kurator verfasst), spam oder rejected.</translation>
    </message>
    <message>
        <source>ARTICLE_ID --author NAME TEXT</source>
        <translation>ARTIKEL_ID --author NAME TEXT</translation>
    </message>
    <message>
        <source>Add a comment written by the curator to an article, or as a reply to one of its comments. Words after the article id are the text.</source>
        <translation>Einen vom Kurator verfassten Kommentar zu einem Artikel hinzufügen oder als Antwort auf einen seiner Kommentare. Die Wörter nach der Artikel-ID bilden den Text.</translation>
    </message>
    <message>
        <source>comments add takes an article id and the comment&apos;s text.</source>
        <translation>comments add erwartet eine Artikel-ID und den Text des Kommentars.</translation>
    </message>
    <message>
        <source>comments add needs --author.</source>
        <translation>comments add benötigt --author.</translation>
    </message>
    <message>
        <source>The comment has no text.</source>
        <translation>Der Kommentar hat keinen Text.</translation>
    </message>
    <message>
        <source>Comment %1 is on article %2, not on article %3.</source>
        <translation>Kommentar %1 gehört zu Artikel %2, nicht zu Artikel %3.</translation>
    </message>
    <message>
        <source>Added comment %1 (%2).
</source>
        <translation>Kommentar %1 hinzugefügt (%2).
</translation>
    </message>
    <message>
        <source>Suggest topics for articles (by default the ones no curator has tagged; rule tags do not count) from a classifier trained on the library&apos;s confirmed tags and rejections. A topic is suggested when its confidence (0–1) reaches its threshold, tuned on held-back articles of the library.</source>
        <translation>Themen für Artikel vorschlagen (standardmäßig für jene, denen noch kein Kurator Themen zugewiesen hat; Zuweisungen durch Regeln zählen nicht), mithilfe eines Klassifikators, der auf den bestätigten Themenzuweisungen und Ablehnungen der Bibliothek trainiert ist. Ein Thema wird vorgeschlagen, wenn seine Konfidenz (0–1) seine Schwelle erreicht, die an zurückgehaltenen Artikeln der Bibliothek abgestimmt wird.</translation>
    </message>
    <message>
        <source>The title readers see (the name when not given).</source>
        <translation>Der Titel, den Leser sehen (ohne Angabe der Name).</translation>
    </message>
    <message>
        <source>The curator&apos;s introduction, plain text.</source>
        <translation>Die Einleitung des Kurators, als reiner Text.</translation>
    </message>
    <message>
        <source>The saved search that fills the bundle, as typed in the window, e.g. &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</source>
        <translation>Die gespeicherte Suche, die die Zusammenstellung füllt, wie im Fenster eingegeben, z. B. &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</translation>
    </message>
    <message>
        <source>What exports carry besides the articles: a comma-separated list of topics, comments (approved ones only), images, source-links, or none.</source>
        <translation>Was Exporte neben den Artikeln enthalten: eine kommagetrennte Liste aus topics, comments (nur freigegebene), images, source-links oder none.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>--include takes topics, comments, images, source-links or none, separated by commas.</source>
        <translation>--include nimmt topics, comments, images, source-links oder none, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>NAME [--title T] [--intro TEXT] [--search S]</source>
        <translation>NAME [--title T] [--intro TEXT] [--search S]</translation>
    </message>
    <message>
        <source>Create an empty bundle. Its name is how commands find it.</source>
        <translation>Eine leere Zusammenstellung anlegen. Über ihren Namen finden Befehle sie.</translation>
    </message>
    <message>
        <source>bundle create takes one name (quote it if it has spaces).</source>
        <translation>bundle create erwartet einen Namen (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <source>Created bundle “%1”.</source>
        <translation>Zusammenstellung „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Give the bundle a new name.</source>
        <translation>Der Zusammenstellung einen neuen Namen geben.</translation>
    </message>
    <message>
        <source>NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]</source>
        <translation>NAME [--rename NEU] [--title T] [--intro TEXT] [--search S] [--include LISTE]</translation>
    </message>
    <message>
        <source>Change a bundle&apos;s name, title, introduction, saved search or what its exports include.</source>
        <translation>Name, Titel, Einleitung, gespeicherte Suche einer Zusammenstellung ändern oder was ihre Exporte enthalten.</translation>
    </message>
    <message>
        <source>bundle set takes the bundle&apos;s name and options.</source>
        <translation>bundle set erwartet den Namen der Zusammenstellung und Optionen.</translation>
    </message>
    <message>
        <source>Saved bundle “%1”.</source>
        <translation>Zusammenstellung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>NAME ID...</source>
        <translation>NAME ID ...</translation>
    </message>
    <message>
        <source>Add articles to the end of a bundle; articles already in it stay where they are.</source>
        <translation>Artikel am Ende einer Zusammenstellung hinzufügen; bereits enthaltene Artikel bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>bundle add takes the bundle&apos;s name and article ids.</source>
        <translation>bundle add erwartet den Namen der Zusammenstellung und Artikel-IDs.</translation>
    </message>
    <message>
        <source>Article %1 is in the trash; restore it first.</source>
        <translation>Artikel %1 ist im Papierkorb; stellen Sie ihn zuerst wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n Artikel zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Artikel zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill from this search and save it with the bundle.</source>
        <translation>Aus dieser Suche auffüllen und sie mit der Zusammenstellung speichern.</translation>
    </message>
    <message>
        <source>At most this many articles (default 1000).</source>
        <translation>Höchstens so viele Artikel (Standard: 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NAME [--search S] [--limit N]</source>
        <translation>NAME [--search S] [--limit N]</translation>
    </message>
    <message>
        <source>Add the articles the bundle&apos;s saved search finds, newest first, after those already in it.</source>
        <translation>Die Artikel, die die gespeicherte Suche der Zusammenstellung findet, neueste zuerst hinter den bereits enthaltenen anfügen.</translation>
    </message>
    <message>
        <source>bundle fill takes the bundle&apos;s name.</source>
        <translation>bundle fill erwartet den Namen der Zusammenstellung.</translation>
    </message>
    <message>
        <source>Take articles out of a bundle (they stay in the library).</source>
        <translation>Artikel aus einer Zusammenstellung herausnehmen (sie bleiben in der Bibliothek).</translation>
    </message>
    <message>
        <source>bundle remove takes the bundle&apos;s name and article ids.</source>
        <translation>bundle remove erwartet den Namen der Zusammenstellung und Artikel-IDs.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from “%1”.</source>
        <translation>
            <numerusform>%n Artikel aus „%1“ entfernt.</numerusform>
            <numerusform>%n Artikel aus „%1“ entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the section before this article.</source>
        <translation>Den Abschnitt vor diesem Artikel einfügen.</translation>
    </message>
    <message>
        <source>NAME HEADING [--before ID]</source>
        <translation>NAME ÜBERSCHRIFT [--before ID]</translation>
    </message>
    <message>
        <source>Add a section heading that groups the articles after it; at the end unless --before names an article.</source>
        <translation>Eine Abschnittsüberschrift einfügen, die die nachfolgenden Artikel gruppiert; am Ende, sofern --before keinen Artikel nennt.</translation>
    </message>
    <message>
        <source>bundle section takes the bundle&apos;s name and the heading.</source>
        <translation>bundle section erwartet den Namen der Zusammenstellung und die Überschrift.</translation>
    </message>
    <message>
        <source>Article %1 is not in “%2”.</source>
        <translation>Artikel %1 ist nicht in „%2“.</translation>
    </message>
    <message>
        <source>Added the section.</source>
        <translation>Abschnitt hinzugefügt.</translation>
    </message>
    <message>
        <source>NAME ID TEXT</source>
        <translation>NAME ID TEXT</translation>
    </message>
    <message>
        <source>Set the curator&apos;s words on an article of the bundle (empty text removes them).</source>
        <translation>Den Anreißer des Kurators zu einem Artikel der Zusammenstellung setzen (ein leerer Text entfernt ihn).</translation>
    </message>
    <message>
        <source>bundle blurb takes the bundle&apos;s name, an article id and the text.</source>
        <translation>bundle blurb erwartet den Namen der Zusammenstellung, eine Artikel-ID und den Text.</translation>
    </message>
    <message>
        <source>Saved the blurb.</source>
        <translation>Anreißer gespeichert.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Delete a bundle; its articles stay in the library.</source>
        <translation>Eine Zusammenstellung löschen; ihre Artikel bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>bundle delete takes the bundle&apos;s name.</source>
        <translation>bundle delete erwartet den Namen der Zusammenstellung.</translation>
    </message>
    <message>
        <source>Deleted bundle “%1”.</source>
        <translation>Zusammenstellung „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>List the library&apos;s bundles by name.</source>
        <translation>Die Zusammenstellungen der Bibliothek nach Namen auflisten.</translation>
    </message>
    <message>
        <source>bundle list takes no arguments.</source>
        <translation>bundle list erwartet keine Argumente.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %n article(s)  %2</source>
        <translation>
            <numerusform>%1  %n Artikel  %2</numerusform>
            <numerusform>%1  %n Artikel  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles yet; `bundle create NAME` makes one.</source>
        <translation>Noch keine Zusammenstellungen; `bundle create NAME` legt eine an.</translation>
    </message>
    <message>
        <source>NAME [--json]</source>
        <translation>NAME [--json]</translation>
    </message>
    <message>
        <source>Show a bundle: its title, introduction, options and entries in order.</source>
        <translation>Eine Zusammenstellung anzeigen: Titel, Einleitung, Optionen und Einträge in Reihenfolge.</translation>
    </message>
    <message>
        <source>bundle show takes the bundle&apos;s name.</source>
        <translation>bundle show erwartet den Namen der Zusammenstellung.</translation>
    </message>
    <message>
        <source> (in the trash: left out of exports)</source>
        <translation> (im Papierkorb: wird nicht exportiert)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Gespeicherte Suche: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Enthält: %1</translation>
    </message>
    <message>
        <source>PDF export needs the newsdesk program (it prints with Qt WebEngine), and it was not found next to newsdesk-cli or on PATH.</source>
        <translation>Der PDF-Export benötigt das Programm newsdesk (es druckt mit Qt WebEngine); es wurde weder neben newsdesk-cli noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>Printing the PDF failed: %1</source>
        <translation>Das Drucken des PDF ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Make and change bundles: named, ordered selections of articles with the curator&apos;s words, which `export --bundle NAME` publishes. `bundle ACTION --help` tells more.</source>
        <translation>Zusammenstellungen anlegen und ändern: benannte, geordnete Auswahlen von Artikeln mit den Worten des Kurators, die `export --bundle NAME` veröffentlicht. `bundle AKTION --help` zeigt mehr.</translation>
    </message>
    <message>
        <source>bundle needs an action: create, set, add, fill, remove, section, blurb, delete, list or show.</source>
        <translation>bundle benötigt eine Aktion: create, set, add, fill, remove, section, blurb, delete, list oder show.</translation>
    </message>
    <message>
        <source>“%1” is not a bundle action.</source>
        <translation>„%1“ ist keine Aktion für bundle.</translation>
    </message>
    <message>
        <source>The bundle to export.</source>
        <translation>Die zu exportierende Zusammenstellung.</translation>
    </message>
    <message>
        <source>html (a folder site), html-single, json, atom, rss or pdf.</source>
        <translation>html (Website als Ordner), html-single, json, atom, rss oder pdf.</translation>
    </message>
    <message>
        <source>The file, or for html the folder, to write.</source>
        <translation>Die zu schreibende Datei, bei html der Ordner.</translation>
    </message>
    <message>
        <source>Replace output that is already there.</source>
        <translation>Bereits vorhandene Ausgabe ersetzen.</translation>
    </message>
    <message>
        <source>Leave the articles&apos; kept images out of HTML exports.</source>
        <translation>Die gespeicherten Bilder der Artikel in HTML-Exporten weglassen.</translation>
    </message>
    <message>
        <source>A template folder for the HTML (the built-in one otherwise).</source>
        <translation>Ein Vorlagenordner für das HTML (sonst der eingebaute).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>A4 or Letter, for pdf.</source>
        <translation>A4 oder Letter, für pdf.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>--bundle NAME --format html|html-single|json|atom|rss|pdf --out PATH [--force]</source>
        <translation>--bundle NAME --format html|html-single|json|atom|rss|pdf --out PFAD [--force]</translation>
    </message>
    <message>
        <source>Publish a bundle. Files are replaced only once complete; output that is already there is kept unless --force is given.</source>
        <translation>Eine Zusammenstellung veröffentlichen. Dateien werden erst ersetzt, wenn sie vollständig sind; bereits vorhandene Ausgabe bleibt erhalten, sofern nicht --force angegeben ist.</translation>
    </message>
    <message>
        <source>export takes only options.</source>
        <translation>export erwartet nur Optionen.</translation>
    </message>
    <message>
        <source>export needs --bundle NAME and --out PATH.</source>
        <translation>export benötigt --bundle NAME und --out PFAD.</translation>
    </message>
    <message>
        <source>“%1” is not an export format; use html, html-single, json, atom, rss or pdf.</source>
        <translation>„%1“ ist kein Exportformat; zulässig sind html, html-single, json, atom, rss oder pdf.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size nimmt A4 oder Letter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported “%1” (%n article(s)) to %2.</source>
        <translation>
            <numerusform>„%1“ (%n Artikel) nach %2 exportiert.</numerusform>
            <numerusform>„%1“ (%n Artikel) nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make and change curated bundles</source>
        <translation>Kuratierte Zusammenstellungen anlegen und ändern</translation>
    </message>
    <message>
        <source>Export a bundle as HTML, JSON, Atom, RSS or PDF</source>
        <translation>Eine Zusammenstellung als HTML, JSON, Atom, RSS oder PDF exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) approved.</source>
        <translation>
            <numerusform>%n Kommentar freigegeben.</numerusform>
            <numerusform>%n Kommentare freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) marked as spam.</source>
        <translation>
            <numerusform>%n Kommentar als Spam markiert.</numerusform>
            <numerusform>%n Kommentare als Spam markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) rejected.</source>
        <translation>
            <numerusform>%n Kommentar abgelehnt.</numerusform>
            <numerusform>%n Kommentare abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) returned to pending.</source>
        <translation>
            <numerusform>%n Kommentar wieder auf ausstehend gesetzt.</numerusform>
            <numerusform>%n Kommentare wieder auf ausstehend gesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n comment(s) added.</source>
        <translation>
            <numerusform>Insgesamt: %n Kommentar hinzugefügt.</numerusform>
            <numerusform>Insgesamt: %n Kommentare hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n bereits vorhanden.</numerusform>
            <numerusform>%n bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n übersprungen.</numerusform>
            <numerusform>%n übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in all.</source>
        <translation>
            <numerusform>%n Kommentar insgesamt.</numerusform>
            <numerusform>%n Kommentare insgesamt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <extracomment>Follows &quot;%n comment(s) in all.&quot;; %n counts the comments listed.</extracomment>
        <translation>
            <numerusform>%n angezeigt.</numerusform>
            <numerusform>%n angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s).</source>
        <translation>
            <numerusform>%n ausstehender Kommentar.</numerusform>
            <numerusform>%n ausstehende Kommentare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>Der Spamfilter hat aus %n freigegebenen Kommentar gelernt.</numerusform>
            <numerusform>Der Spamfilter hat aus %n freigegebenen Kommentaren gelernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>Außerdem hat er aus %n Spam-Kommentar gelernt.</numerusform>
            <numerusform>Außerdem hat er aus %n Spam-Kommentaren gelernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam from a score of %1.</source>
        <extracomment>The spam threshold: comments that score %1 or more count as spam.</extracomment>
        <translation>Spam ab einer Spam-Bewertung von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>%n Artikel.</numerusform>
            <numerusform>%n Artikel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The classifier knows %n topic(s).</source>
        <translation>
            <numerusform>Der Klassifikator kennt %n Thema.</numerusform>
            <numerusform>Der Klassifikator kennt %n Themen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learned them from %n article(s).</source>
        <extracomment>Follows &quot;The classifier knows %n topic(s).&quot;; %n counts the articles it learned from.</extracomment>
        <translation>
            <numerusform>Dafür hat er aus %n Artikel gelernt.</numerusform>
            <numerusform>Dafür hat er aus %n Artikeln gelernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation>
            <numerusform>%n Thema gelöscht.</numerusform>
            <numerusform>%n Themen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) went with them.</source>
        <extracomment>Follows &quot;Deleted %n topic(s).&quot;; &quot;them&quot; are the deleted topics, %n counts their tags.</extracomment>
        <translation>
            <numerusform>Dabei wurde %n Themenzuweisung entfernt.</numerusform>
            <numerusform>Dabei wurden %n Themenzuweisungen entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImport</name>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports comment files of up to %3 MB.</source>
        <translation>„%1“ ist %2 MB groß; Newsdesk importiert Kommentardateien bis %3 MB.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use one of: %2.</source>
        <translation>„%1“ ist kein Kommentarformat; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a comment file Newsdesk knows: a WordPress export (WXR), a Disqus export, JSON, or CSV with a header row that has a “text” column.</source>
        <translation>„%1“ ist keine Kommentardatei, die Newsdesk kennt: ein WordPress-Export (WXR), ein Disqus-Export, JSON oder CSV mit einer Kopfzeile, die eine Spalte „text“ enthält.</translation>
    </message>
    <message>
        <source>Could not read “%1” as %2: %3</source>
        <translation>„%1“ konnte nicht als %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>There is no article %1 in the library; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>Artikel %1 ist nicht in der Bibliothek; sein %n Kommentar wurde übersprungen.</numerusform>
            <numerusform>Artikel %1 ist nicht in der Bibliothek; seine %n Kommentare wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article in the library has the address “%1”; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>Kein Artikel in der Bibliothek hat die Adresse „%1“; sein %n Kommentar wurde übersprungen.</numerusform>
            <numerusform>Kein Artikel in der Bibliothek hat die Adresse „%1“; seine %n Kommentare wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>their article is not in the library</source>
        <translation>ihr Artikel ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>the same comment appears twice in the file</source>
        <translation>derselbe Kommentar kommt zweimal in der Datei vor</translation>
    </message>
    <message>
        <source>%1 answers itself; it was imported as a top-level comment.</source>
        <translation>%1 antwortet auf sich selbst; er wurde als Kommentar der obersten Ebene importiert.</translation>
    </message>
    <message>
        <source>%1 answers “%2”, which is neither in the file nor in the library; it was imported as a top-level comment.</source>
        <translation>%1 antwortet auf „%2“, der weder in der Datei noch in der Bibliothek ist; er wurde als Kommentar der obersten Ebene importiert.</translation>
    </message>
    <message>
        <source>%1 is part of a circle of replies; it was imported as a top-level comment.</source>
        <translation>%1 gehört zu einem Antwortkreis; er wurde als Kommentar der obersten Ebene importiert.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImportController</name>
    <message>
        <source>Stop after the file being imported; the files done so far stay</source>
        <translation>Nach der gerade importierten Datei anhalten; die bisher importierten Dateien bleiben erhalten</translation>
    </message>
    <message>
        <source>Import Comments</source>
        <translation>Kommentare importieren</translation>
    </message>
    <message>
        <source>Comment files (*.xml *.wxr *.json *.csv);;All files (*)</source>
        <translation>Kommentardateien (*.xml *.wxr *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing comments…</source>
        <translation>Kommentare werden importiert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Importing comments: file %1 of %2</source>
        <translation>Kommentare werden importiert: Datei %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 added, %L4 already there, %L5 skipped</source>
        <translation>%1 (%2): %L3 hinzugefügt, %L4 bereits vorhanden, %L5 übersprungen</translation>
    </message>
    <message>
        <source>    skipped %L1: %2</source>
        <translation>    %L1 übersprungen: %2</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added, %L1 already there, %L2 skipped.</source>
        <translation>
            <numerusform>%n Kommentar hinzugefügt, %L1 bereits vorhanden, %L2 übersprungen.</numerusform>
            <numerusform>%n Kommentare hinzugefügt, %L1 bereits vorhanden, %L2 übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not reached were left alone.</source>
        <translation>Abgebrochen: Die nicht erreichten Dateien wurden nicht angerührt.</translation>
    </message>
    <message>
        <source>Comments Imported</source>
        <translation>Kommentare importiert</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReader</name>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Kommentar „%1“</translation>
    </message>
    <message>
        <source>The comment at %1</source>
        <translation>Der Kommentar (%1)</translation>
    </message>
    <message>
        <source>The file declares XML entities, which comment exports never do; it is refused because entities can expand a small file into gigabytes.</source>
        <translation>Die Datei deklariert XML-Entitäten, was Kommentarexporte nie tun; sie wird abgelehnt, weil Entitäten eine kleine Datei auf Gigabytes aufblähen können.</translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation>Die Datei enthält kein XML-Element.</translation>
    </message>
    <message>
        <source>The XML ends too early (line %1): the file is incomplete.</source>
        <translation>Das XML endet zu früh (Zeile %1): Die Datei ist unvollständig.</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>Das XML ist in Zeile %1, Spalte %2 fehlerhaft: %3</translation>
    </message>
    <message>
        <source>%1 is %2 KiB long; its text was cut to the first 64 KiB.</source>
        <translation>%1 ist %2 KiB lang; der Text wurde auf die ersten 64 KiB gekürzt.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a moderation status (pending, approved, spam or rejected); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>„%1“ ist kein Moderationsstatus (pending, approved, spam oder rejected); %n Kommentar damit gilt als ausstehend.</numerusform>
            <numerusform>„%1“ ist kein Moderationsstatus (pending, approved, spam oder rejected); %n Kommentare damit gelten als ausstehend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more issue(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file names no article for them</source>
        <translation>die Datei nennt keinen Artikel für sie</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReadingPane</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Select a comment to read it and its conversation.</source>
        <translation>Wählen Sie einen Kommentar aus, um ihn und seine Unterhaltung zu lesen.</translation>
    </message>
    <message>
        <source>Conversation (%L1)</source>
        <translation>Unterhaltung (%L1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>Spam-Bewertung</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier comment(s) not shown</source>
        <translation>
            <numerusform>%n früherer Kommentar nicht angezeigt</numerusform>
            <numerusform>%n frühere Kommentare nicht angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later comment(s) not shown</source>
        <translation>
            <numerusform>%n späterer Kommentar nicht angezeigt</numerusform>
            <numerusform>%n spätere Kommentare nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentRepository</name>
    <message>
        <source>A reply comes before the comment it answers.</source>
        <translation>Eine Antwort steht vor dem Kommentar, auf den sie antwortet.</translation>
    </message>
    <message>
        <source>No comment of article %1 has the id “%2”.</source>
        <translation>Kein Kommentar zu Artikel %1 hat die ID „%2“.</translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation>Es gibt keinen Kommentar %1.</translation>
    </message>
    <message>
        <source>undone</source>
        <extracomment>The reason the moderation log gives for a decision that was undone.</extracomment>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>The comment could not be added.</source>
        <translation>Der Kommentar konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The comment could not be looked up.</source>
        <translation>Der Kommentar konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The comments could not be looked up.</source>
        <translation>Die Kommentare konnten nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The comments could not be counted.</source>
        <translation>Die Kommentare konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The comment could not be read.</source>
        <translation>Der Kommentar konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>Die Kommentare konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The article&apos;s comments could not be read.</source>
        <translation>Die Kommentare des Artikels konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be changed.</source>
        <translation>Der Status des Kommentars konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be restored.</source>
        <translation>Der Status des Kommentars konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The spam scores could not be stored.</source>
        <translation>Die Spam-Bewertungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>Das Moderationsprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation>Der Kommentar konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentText</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateArticle</name>
    <message>
        <source>New article “%1”</source>
        <translation>Neuer Artikel „%1“</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateBundle</name>
    <message>
        <source>New Bundle “%1”</source>
        <translation>Neue Zusammenstellung „%1“</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate Bundle “%1”</source>
        <translation>Zusammenstellung „%1“ duplizieren</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateTopic</name>
    <message>
        <source>New topic “%1”</source>
        <translation>Neues Thema „%1“</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CsvCommentReader</name>
    <message>
        <source>the quoted field opened on line %1 is never closed.</source>
        <translation>das in Zeile %1 geöffnete Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a field.</source>
        <translation>Zeile %1: Auf das schließende Anführungszeichen eines Felds folgt noch Text.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The first row of the file is not a header Newsdesk knows: it needs a “text” column (or “CONTENT”, as in the YouTube Spam Collection).</source>
        <translation>Die erste Zeile der Datei ist keine Kopfzeile, die Newsdesk kennt: Sie benötigt eine Spalte „text“ (oder „CONTENT“ wie in der YouTube Spam Collection).</translation>
    </message>
    <message>
        <source>CSV (YouTube Spam Collection)</source>
        <translation>CSV (YouTube Spam Collection)</translation>
    </message>
    <message>
        <source>A YouTube Spam Collection file names no article: give the article its comments belong to (--article ID).</source>
        <translation>Eine Datei der YouTube Spam Collection nennt keinen Artikel: Geben Sie den Artikel an, zu dem ihre Kommentare gehören (--article ID).</translation>
    </message>
    <message>
        <source>The file names no article for its comments (no article_url or article_id column): give the article they belong to (--article ID).</source>
        <translation>Die Datei nennt keinen Artikel für ihre Kommentare (keine Spalte article_url oder article_id): Geben Sie den Artikel an, zu dem sie gehören (--article ID).</translation>
    </message>
    <message numerus="yes">
        <source>Ignored the column(s) %1, which Newsdesk does not import.</source>
        <translation>
            <numerusform>Die Spalte %1 wurde ignoriert; Newsdesk importiert sie nicht.</numerusform>
            <numerusform>Die Spalten %1 wurden ignoriert; Newsdesk importiert sie nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CLASS column is a spam label from a data set, not a moderation decision: the comments are left pending (take it as their status with --labels-as-status).</source>
        <translation>Die Spalte CLASS ist eine Spam-Kennzeichnung aus einem Datensatz, keine Moderationsentscheidung: Die Kommentare bleiben ausstehend (mit --labels-as-status wird sie als Status übernommen).</translation>
    </message>
    <message>
        <source>the row does not have as many fields as the header</source>
        <translation>die Zeile hat nicht so viele Felder wie die Kopfzeile</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id ist keine Zahl</translation>
    </message>
    <message>
        <source>The CSV file is malformed: %1</source>
        <translation>Die CSV-Datei ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>Zeile %1: „%2“ ist keine Artikel-ID; der Kommentar wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a CLASS label (1 or 0); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>„%1“ ist keine CLASS-Kennzeichnung (1 oder 0); %n Kommentar damit gilt als ausstehend.</numerusform>
            <numerusform>„%1“ ist keine CLASS-Kennzeichnung (1 oder 0); %n Kommentare damit gelten als ausstehend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no article and were skipped.</source>
        <translation>
            <numerusform>%n Zeile nennt keinen Artikel und wurde übersprungen.</numerusform>
            <numerusform>%n Zeilen nennen keinen Artikel und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had a posted_at that is not an ISO 8601 date (the first on line %1); they were imported without a date.</source>
        <translation>
            <numerusform>%n Zeile hatte ein posted_at, das kein Datum nach ISO 8601 ist (die erste in Zeile %1); sie wurde ohne Datum importiert.</numerusform>
            <numerusform>%n Zeilen hatten ein posted_at, das kein Datum nach ISO 8601 ist (die erste in Zeile %1); sie wurden ohne Datum importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n Autorenadresse, die kein http(s)-Link war, wurde weggelassen.</numerusform>
            <numerusform>%n Autorenadressen, die keine http(s)-Links waren, wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the header has %2; it was skipped.</source>
        <translation>
            <numerusform>Zeile %1 hat %n Feld, die Kopfzeile aber %2; die Zeile wurde übersprungen.</numerusform>
            <numerusform>Zeile %1 hat %n Felder, die Kopfzeile aber %2; die Zeile wurde übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteBundle</name>
    <message>
        <source>Delete Bundle “%1”</source>
        <translation>Zusammenstellung „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteTopic</name>
    <message>
        <source>Delete topic “%1”</source>
        <translation>Thema „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DisqusCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Disqus export</source>
        <translation>Disqus-Export</translation>
    </message>
    <message>
        <source>This is not a Disqus export: its root element is &lt;%1&gt;, not &lt;disqus&gt;.</source>
        <translation>Dies ist kein Disqus-Export: Das Wurzelelement ist &lt;%1&gt;, nicht &lt;disqus&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) belong to the thread “%1”, which is not in the file (or has no &lt;link&gt;).</source>
        <translation>
            <numerusform>%n Beitrag gehört zum Thread „%1“, der nicht in der Datei ist (oder keinen &lt;link&gt; hat).</numerusform>
            <numerusform>%n Beiträge gehören zum Thread „%1“, der nicht in der Datei ist (oder keinen &lt;link&gt; hat).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n Beitrag hatte ein ungültiges Datum; er wurde ohne Datum importiert.</numerusform>
            <numerusform>%n Beiträge hatten ein ungültiges Datum; sie wurden ohne Datum importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n Autorenadresse, die kein http(s)-Link war, wurde weggelassen.</numerusform>
            <numerusform>%n Autorenadressen, die keine http(s)-Links waren, wurden weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DroppedInputs</name>
    <message>
        <source>dropped HTML</source>
        <translation>abgelegtes HTML</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleBlurb</name>
    <message>
        <source>Edit Blurb</source>
        <translation>Anreißer bearbeiten</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleDetails</name>
    <message>
        <source>Edit Bundle “%1”</source>
        <translation>Zusammenstellung „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditTopic</name>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>Thema „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change topic “%1”</source>
        <translation>Thema „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EmptyLibraryBanner</name>
    <message>
        <source>This library is empty. Import articles, write one (Ctrl+N), or start with a dozen fictional sample articles to try Newsdesk out.</source>
        <translation>Diese Bibliothek ist leer. Importieren Sie Artikel, schreiben Sie einen (Strg+N) oder beginnen Sie mit einem Dutzend fiktiver Beispielartikel, um Newsdesk auszuprobieren.</translation>
    </message>
    <message>
        <source>Load &amp;Sample Articles</source>
        <translation>&amp;Beispielartikel laden</translation>
    </message>
    <message>
        <source>No, Thanks</source>
        <translation>Nein, danke</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportOutput</name>
    <message>
        <source>No output path was given.</source>
        <translation>Es wurde kein Ausgabepfad angegeben.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ kann nicht geschrieben werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or confirm replacing it (--force on the command line).</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen oder bestätigen Sie das Ersetzen (auf der Befehlszeile mit --force).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>„%1“ kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create a working folder beside “%1”: %2</source>
        <translation>Neben „%1“ kann kein Arbeitsordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>Der Ordner für „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation>Der Export wurde abgebrochen; „%1“ blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside: %2</source>
        <translation>„%1“ kann nicht beiseitegeschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside.</source>
        <translation>„%1“ kann nicht beiseitegeschoben werden.</translation>
    </message>
    <message>
        <source>Cannot move the new export into “%1”.</source>
        <translation>Der neue Export kann nicht nach „%1“ verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedImporter</name>
    <message>
        <source>The link “%1” was ignored: it is not an absolute web address.</source>
        <translation>Der Link „%1“ wurde ignoriert: Er ist keine absolute Webadresse.</translation>
    </message>
    <message>
        <source>The date “%1” could not be read; the article has no date.</source>
        <translation>Das Datum „%1“ konnte nicht gelesen werden; der Artikel hat kein Datum.</translation>
    </message>
    <message>
        <source>Item %1 has neither a title nor any content; it was skipped.</source>
        <translation>Eintrag %1 hat weder Titel noch Inhalt; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation>Der Feed hat keine Einträge.</translation>
    </message>
    <message>
        <source>This is not an RSS feed: its root element is &lt;%1&gt;.</source>
        <translation>Dies ist kein RSS-Feed: Das Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The RSS feed has no &lt;channel&gt;.</source>
        <translation>Der RSS-Feed hat kein &lt;channel&gt;.</translation>
    </message>
    <message>
        <source>This is not an RSS 1.0 feed: its root element is &lt;%1&gt;.</source>
        <translation>Dies ist kein RSS-1.0-Feed: Das Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The RSS 1.0 feed has no &lt;channel&gt;.</source>
        <translation>Der RSS-1.0-Feed hat kein &lt;channel&gt;.</translation>
    </message>
    <message>
        <source>This is not an Atom feed: its root element is &lt;%1&gt;.</source>
        <translation>Dies ist kein Atom-Feed: Das Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: the document is not a JSON object.</source>
        <translation>Dies ist kein JSON Feed: Das Dokument ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JSON Feed is not valid JSON (at byte %1): %2</source>
        <translation>Der JSON Feed ist kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: it has no jsonfeed.org “version”.</source>
        <translation>Dies ist kein JSON Feed: Er hat keine jsonfeed.org-„version“.</translation>
    </message>
    <message>
        <source>The JSON Feed has no “items” list.</source>
        <translation>Der JSON Feed hat keine „items“-Liste.</translation>
    </message>
    <message>
        <source>JSON Feed version “%1” is unknown; the feed was read as version 1.1.</source>
        <translation>JSON-Feed-Version „%1“ ist unbekannt; der Feed wurde als Version 1.1 gelesen.</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object; it was skipped.</source>
        <translation>Eintrag %1 ist kein JSON-Objekt; er wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>The feed has %n item(s); Newsdesk reads the first %1 of a feed.</source>
        <translation>
            <numerusform>Der Feed hat %n Eintrag; Newsdesk liest die ersten %1 eines Feeds.</numerusform>
            <numerusform>Der Feed hat %n Einträge; Newsdesk liest die ersten %1 eines Feeds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedXml</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The declared charset “%1” is unknown; it was ignored.</source>
        <translation>Der angegebene Zeichensatz „%1“ ist unbekannt; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>The document is not valid UTF-8 and names no other charset; it was read as Windows-1252.</source>
        <translation>Das Dokument ist kein gültiges UTF-8 und nennt keinen anderen Zeichensatz; es wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>The document declares entities that would expand to more than %L1 characters (an “entity bomb”); it was not read.</source>
        <translation>Das Dokument deklariert Entitäten, die sich auf mehr als %L1 Zeichen ausdehnen würden (eine „Entity-Bombe“); es wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep (line %2); it was not read.</source>
        <translation>Das Dokument verschachtelt Elemente tiefer als %1 Ebenen (Zeile %2); es wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation>Das Dokument ist kein wohlgeformtes XML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>Das Dokument hat kein Wurzelelement.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlDocument</name>
    <message>
        <source>The page is too large to read.</source>
        <translation>Die Seite ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>The page holds no HTML that can be read.</source>
        <translation>Die Seite enthält kein lesbares HTML.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlImporter</name>
    <message>
        <source>web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>“%1” holds no article that could be read.</source>
        <translation>„%1“ enthält keinen lesbaren Artikel.</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>Auf der Seite wurde kein Artikeltext gefunden.</translation>
    </message>
    <message>
        <source>web page (MHTML)</source>
        <translation>Webseite (MHTML)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportController</name>
    <message>
        <source>Stop the import; what was imported so far stays</source>
        <translation>Den Import anhalten; bereits Importiertes bleibt erhalten</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Importing %1 of %2 · %3/s · %4 left</source>
        <translation>Importiere %1 von %2 · %3/s · noch %4</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportFormats</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports files of up to %3 MB.</source>
        <translation>„%1“ ist %2 MB groß; Newsdesk importiert Dateien bis %3 MB.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB Newsdesk imports.</source>
        <translation>„%1“ ist größer als die %2 MB, die Newsdesk importiert.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not a page, feed or text.</source>
        <translation>„%1“ sieht nach einer Binärdatei aus, nicht nach einer Seite, einem Feed oder Text.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Show inputs that were imported without problems</source>
        <translation>Eingaben anzeigen, die ohne Probleme importiert wurden</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>another site&apos;s copy of article %1</source>
        <translation>Kopie von Artikel %1 auf einer anderen Website</translation>
    </message>
    <message>
        <source>already in the library as article %1</source>
        <translation>bereits als Artikel %1 in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportText</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The folder holds no pages, text files or feeds.</source>
        <translation>Der Ordner enthält keine Seiten, Textdateien oder Feeds.</translation>
    </message>
    <message>
        <source>No articles were found in it.</source>
        <translation>Darin wurden keine Artikel gefunden.</translation>
    </message>
    <message>
        <source>Topic rules were not applied: %1</source>
        <translation>Die Themenregeln wurden nicht angewendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) linked to a story already here from another site.</source>
        <translation>
            <numerusform>%n Artikel als Kopie einer anderen Website mit einer bereits vorhandenen Meldung verknüpft.</numerusform>
            <numerusform>%n Artikel als Kopien einer anderen Website mit einer bereits vorhandenen Meldung verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n Duplikat übersprungen.</numerusform>
            <numerusform>%n Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) failed.</source>
        <translation>
            <numerusform>%n Eingabe fehlgeschlagen.</numerusform>
            <numerusform>%n Eingaben fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already in the library.</source>
        <translation>
            <numerusform>%n Artikel ist bereits in der Bibliothek.</numerusform>
            <numerusform>%n Artikel sind bereits in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was added as “%1” because its name was taken.</source>
        <translation>Die Zusammenstellung wurde als „%1“ hinzugefügt, da ihr Name bereits vergeben war.</translation>
    </message>
    <message>
        <source>The bundle “%1” was added.</source>
        <translation>Die Zusammenstellung „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Already in the library as article %1.</source>
        <translation>Bereits als Artikel %1 in der Bibliothek.</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Bereits in der Bibliothek.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>An input of an import failed; %1 is the reason, a whole sentence.</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportTopics</name>
    <message>
        <source>Import topics from “%1”</source>
        <translation>Themen aus „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>Newsdesk::JsonCommentReader</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The JSON is malformed at line %1 (character %2): %3</source>
        <translation>Das JSON ist in Zeile %1 (Zeichen %2) fehlerhaft: %3</translation>
    </message>
    <message>
        <source>The JSON is not a list of comments: Newsdesk reads an array of comment objects, or an object whose “comments” is one.</source>
        <translation>Das JSON ist keine Liste von Kommentaren: Newsdesk liest ein Array von Kommentarobjekten oder ein Objekt, dessen „comments“ ein solches Array ist.</translation>
    </message>
    <message>
        <source>not a comment object</source>
        <translation>kein Kommentarobjekt</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id ist keine Zahl</translation>
    </message>
    <message>
        <source>comment %1 of the list</source>
        <translation>Eintrag %1 der Liste</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object; it was skipped.</source>
        <translation>Eintrag %1 der Liste ist kein Objekt; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>Eintrag %1: „%2“ ist keine Artikel-ID; der Kommentar wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) name no article (article_id or article_url) and were skipped.</source>
        <translation>
            <numerusform>%n Kommentar nennt keinen Artikel (article_id oder article_url) und wurde übersprungen.</numerusform>
            <numerusform>%n Kommentare nennen keinen Artikel (article_id oder article_url) und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a posted_at that is not an ISO 8601 date; they were imported without a date.</source>
        <translation>
            <numerusform>%n Kommentar hatte ein posted_at, das kein Datum nach ISO 8601 ist; er wurde ohne Datum importiert.</numerusform>
            <numerusform>%n Kommentare hatten ein posted_at, das kein Datum nach ISO 8601 ist; sie wurden ohne Datum importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n Autorenadresse, die kein http(s)-Link war, wurde weggelassen.</numerusform>
            <numerusform>%n Autorenadressen, die keine http(s)-Links waren, wurden weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::KeepStoryCopyApart</name>
    <message>
        <source>Keep stories apart</source>
        <translation>Meldungen getrennt halten</translation>
    </message>
    <message>
        <source>Link stories again</source>
        <translation>Meldungen wieder verknüpfen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryText</name>
    <message>
        <source>“%1” was saved by a newer version of Newsdesk (library version %2); this version reads library versions up to %3. The file was left unchanged; open it with a newer Newsdesk.</source>
        <translation>„%1“ wurde von einer neueren Newsdesk-Version gespeichert (Bibliotheksversion %2); diese Version liest Bibliotheksversionen bis %3. Die Datei wurde nicht verändert; öffnen Sie sie mit einer neueren Newsdesk-Version.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Newsdesk library (%2). The file was left unchanged.</source>
        <translation>„%1“ ist beschädigt oder keine Newsdesk-Bibliothek (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a library file.</source>
        <translation>„%1“ ist ein Ordner, keine Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Newsdesk library. The file was left unchanged.</source>
        <translation>„%1“ ist keine Newsdesk-Bibliothek. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Newsdesk library. The file was left unchanged.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, keine Newsdesk-Bibliothek. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). The file was left unchanged.</source>
        <translation>„%1“ ist beschädigt (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that did not let go within %2 seconds. Close it and try again.</source>
        <translation>„%1“ wird von einem anderen Programm verwendet, das sie nicht innerhalb von %2 Sekunden freigegeben hat. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not back up the library to “%1” before upgrading it.</source>
        <translation>Die Bibliothek konnte vor dem Aktualisieren nicht nach „%1“ gesichert werden.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>Der SQLite-Treiber gibt seine Verbindung nicht preis.</translation>
    </message>
    <message>
        <source>Could not upgrade the library: %1</source>
        <translation>Die Bibliothek konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Schema step %1 is missing; the library was not changed.</source>
        <translation>Schemaschritt %1 fehlt; die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading the library to version %1 failed, so it was left at version %2: %3</source>
        <translation>Die Aktualisierung der Bibliothek auf Version %1 ist fehlgeschlagen, sie bleibt daher auf Version %2: %3</translation>
    </message>
    <message>
        <source>This build knows library version %1 but its schema steps stop at %2.</source>
        <translation>Dieser Build kennt Bibliotheksversion %1, aber seine Schemaschritte enden bei %2.</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The bundle could not be saved.&quot;); %2 is SQLite&apos;s own error message, which stays in English.</extracomment>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>The library could not be prepared.</source>
        <translation>Die Bibliothek konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation>Eine Transaktion konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A savepoint could not be started.</source>
        <translation>Ein Sicherungspunkt (Savepoint) konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be read.</source>
        <translation>Die Einstellungen der Bibliothek konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be saved.</source>
        <translation>Die Einstellungen der Bibliothek konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The action could not be recorded.</source>
        <translation>Die Aktion konnte nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>%1 Another program (newsdesk-cli, for example) was writing to the library and did not finish in time. Try again when it has finished.</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The change could not be saved.&quot;).</extracomment>
        <translation>%1 Ein anderes Programm (zum Beispiel newsdesk-cli) hat in die Bibliothek geschrieben und ist nicht rechtzeitig fertig geworden. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MainWindow</name>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Newsdesk-Bibliotheken (*.sqlite *.newsdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Search titles, deks, bylines and text</source>
        <translation>Titel, Unterzeilen, Autorenzeilen und Text durchsuchen</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Neue Bib&amp;liothek …</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Einen neuen Artikel schreiben</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation>Aus dem Papierkorb wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Papierkorb leeren …</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Über Newsdesk</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>Über Newsdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 — Newsdesk</source>
        <translation>%1 – Newsdesk</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File › Open Library.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen neuen Namen oder öffnen Sie die Datei mit Datei › Bibliothek öffnen.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): %1</source>
        <extracomment>The status bar&apos;s count of articles; %1 is the list of counts per status, e.g. &quot;3 new, 2 reviewed&quot;.</extracomment>
        <translation>
            <numerusform>%n Artikel: %1</numerusform>
            <numerusform>%n Artikel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the trash for good, with their comments and tags? This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Artikel im Papierkorb samt Kommentaren und Themenzuweisungen endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die %n Artikel im Papierkorb samt Kommentaren und Themenzuweisungen endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>%n Artikel endgültig gelöscht.</numerusform>
            <numerusform>%n Artikel endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>Die Zwischenablage enthält keinen Text, aus dem ein Artikel werden kann.</translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>%n Beispielartikel hinzugefügt.</numerusform>
            <numerusform>%n Beispielartikel hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import saved pages, text files, feeds and OPML lists</source>
        <translation>Gespeicherte Seiten, Textdateien, Feeds und OPML-Listen importieren</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation>Von &amp;Webadresse importieren …</translation>
    </message>
    <message>
        <source>Import from Clip&amp;board</source>
        <translation>Aus der Zwischen&amp;ablage importieren</translation>
    </message>
    <message>
        <source>Import the files, web addresses, HTML or text on the clipboard</source>
        <translation>Die Dateien, Webadressen, das HTML oder den Text in der Zwischenablage importieren</translation>
    </message>
    <message>
        <source>Show Import &amp;Report</source>
        <translation>Importberic&amp;ht anzeigen</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Pages, text and feeds (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;All files (*)</source>
        <translation>Seiten, Text und Feeds (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import from Web Address</source>
        <translation>Von Webadresse importieren</translation>
    </message>
    <message>
        <source>Address of a page, a feed or an OPML list:</source>
        <translation>Adresse einer Seite, eines Feeds oder einer OPML-Liste:</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>Die Zwischenablage enthält nichts zum Importieren.</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>Die Artikel aller Themen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quick Tag…</source>
        <translation>&amp;Schnell zuweisen …</translation>
    </message>
    <message>
        <source>Tag the selected articles by typing a topic&apos;s name (T)</source>
        <translation>Den ausgewählten Artikeln ein Thema zuweisen, indem Sie seinen Namen eingeben (T)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Import, tag, moderate and export news articles.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel importieren, verschlagworten, moderieren und exportieren.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Topic</source>
        <translation>Vorgeschlagenes Thema &amp;annehmen</translation>
    </message>
    <message>
        <source>Tag the article with the first suggested topic (Y)</source>
        <translation>Dem Artikel das erste vorgeschlagene Thema zuweisen (Y)</translation>
    </message>
    <message>
        <source>&amp;Reject Suggested Topic</source>
        <translation>Vorgeschlagenes Thema a&amp;blehnen</translation>
    </message>
    <message>
        <source>Turn down the first suggested topic; it is not suggested again (N)</source>
        <translation>Das erste vorgeschlagene Thema ablehnen; es wird nicht erneut vorgeschlagen (N)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Show the articles (%1)</source>
        <translation>Die Artikel anzeigen (%1)</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>Show the comments waiting for moderation (%1)</source>
        <translation>Die Kommentare anzeigen, die auf Moderation warten (%1)</translation>
    </message>
    <message>
        <source>&amp;Moderate This Article&apos;s Comments</source>
        <translation>Kommentare dieses Artikels &amp;moderieren</translation>
    </message>
    <message>
        <source>Show every comment on this article in the moderation queue</source>
        <translation>Alle Kommentare zu diesem Artikel in der Moderationswarteschlange anzeigen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Topic &amp;Taxonomy</source>
        <translation>Themen&amp;taxonomie</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>Artikel &amp;drucken …</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>Artikel als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Leseansicht</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter marked %n comment(s) as spam.</source>
        <translation>
            <numerusform>Der Spamfilter hat %n Kommentar als Spam markiert.</numerusform>
            <numerusform>Der Spamfilter hat %n Kommentare als Spam markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic is suggested for this article.</source>
        <translation>Für diesen Artikel wird kein Thema vorgeschlagen.</translation>
    </message>
    <message>
        <source>&amp;Moderation (%L1)</source>
        <translation>&amp;Moderation (%L1)</translation>
    </message>
    <message>
        <source>New &amp;Comment…</source>
        <translation>Neuer &amp;Kommentar …</translation>
    </message>
    <message>
        <source>Write a comment of your own on this article</source>
        <translation>Einen eigenen Kommentar zu diesem Artikel schreiben</translation>
    </message>
    <message>
        <source>&amp;Import Comments…</source>
        <translation>Kommentare &amp;importieren …</translation>
    </message>
    <message>
        <source>Import comments from WordPress (WXR), Disqus, CSV or JSON files onto the library&apos;s articles</source>
        <translation>Kommentare aus WordPress- (WXR), Disqus-, CSV- oder JSON-Dateien zu den Artikeln der Bibliothek importieren</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Zusammenstellungen</translation>
    </message>
    <message>
        <source>Show the bundles, their editor and preview (%1)</source>
        <translation>Die Zusammenstellungen mit Editor und Vorschau anzeigen (%1)</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation>&amp;Zusammenstellung</translation>
    </message>
    <message>
        <source>&amp;Add Selected Articles to Bundle</source>
        <translation>Ausgewählte Artikel zur Zusammenstellung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add to &amp;Bundle</source>
        <translation>Zur &amp;Zusammenstellung hinzufügen</translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>Als „Neu“ markieren</translation>
    </message>
    <message>
        <source>Mark the selected articles as new (%1)</source>
        <translation>Die ausgewählten Artikel als „Neu“ markieren (%1)</translation>
    </message>
    <message>
        <source>Mark as Reviewed</source>
        <translation>Als „Geprüft“ markieren</translation>
    </message>
    <message>
        <source>Mark the selected articles as reviewed (%1)</source>
        <translation>Die ausgewählten Artikel als „Geprüft“ markieren (%1)</translation>
    </message>
    <message>
        <source>Mark as Selected</source>
        <translation>Als „Ausgewählt“ markieren</translation>
    </message>
    <message>
        <source>Mark the selected articles as selected (%1)</source>
        <translation>Die ausgewählten Artikel als „Ausgewählt“ markieren (%1)</translation>
    </message>
    <message>
        <source>Mark as Rejected</source>
        <translation>Als „Abgelehnt“ markieren</translation>
    </message>
    <message>
        <source>Mark the selected articles as rejected (%1)</source>
        <translation>Die ausgewählten Artikel als „Abgelehnt“ markieren (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the status counts</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n im Papierkorb</numerusform>
            <numerusform>%n im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeStoryCopy</name>
    <message>
        <source>Merge another site&apos;s copy</source>
        <translation>Kopie einer anderen Website zusammenführen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeTopics</name>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>Thema „%1“ mit „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MhtmlReader</name>
    <message>
        <source>The file is not an MHTML file: it has no MIME headers.</source>
        <translation>Die Datei ist keine MHTML-Datei: Sie hat keine MIME-Header.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its headers.</source>
        <translation>Die MHTML-Datei bricht innerhalb ihrer Header ab.</translation>
    </message>
    <message>
        <source>The page in the MHTML file is larger than %1, so it was not read.</source>
        <translation>Die Seite in der MHTML-Datei ist größer als %1 und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <source>The page in the MHTML file is damaged: its base64 encoding is not valid.</source>
        <translation>Die Seite in der MHTML-Datei ist beschädigt: Ihre Base64-Kodierung ist ungültig.</translation>
    </message>
    <message>
        <source>The part %1 is larger than %2 and was left out.</source>
        <translation>Der Teil %1 ist größer als %2 und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The part %1 is damaged (its base64 encoding is not valid) and was left out.</source>
        <translation>Der Teil %1 ist beschädigt (seine Base64-Kodierung ist ungültig) und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The part %1 has the unknown transfer encoding “%2”; its bytes were taken as they are.</source>
        <translation>Der Teil %1 hat die unbekannte Übertragungskodierung „%2“; seine Bytes wurden unverändert übernommen.</translation>
    </message>
    <message>
        <source>The file is not an MHTML page: it holds %1, not multipart/related.</source>
        <translation>Die Datei ist keine MHTML-Seite: Sie enthält %1, nicht multipart/related.</translation>
    </message>
    <message>
        <source>The MHTML file names no boundary between its parts, so they cannot be told apart.</source>
        <translation>Die MHTML-Datei nennt keine Grenze zwischen ihren Teilen, sodass sie sich nicht unterscheiden lassen.</translation>
    </message>
    <message>
        <source>The MHTML file holds no parts: their boundary never occurs (it may be cut off).</source>
        <translation>Die MHTML-Datei enthält keine Teile: Ihre Grenze kommt nie vor (die Datei ist vielleicht abgeschnitten).</translation>
    </message>
    <message>
        <source>The MHTML file is cut off before its page is complete; nothing was imported.</source>
        <translation>Die MHTML-Datei bricht ab, bevor ihre Seite vollständig ist; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The MHTML file names &lt;%1&gt; as its page, but holds no such part; the first HTML part was used.</source>
        <translation>Die MHTML-Datei nennt &lt;%1&gt; als ihre Seite, enthält aber keinen solchen Teil; der erste HTML-Teil wurde verwendet.</translation>
    </message>
    <message>
        <source>The MHTML file holds no HTML page.</source>
        <translation>Die MHTML-Datei enthält keine HTML-Seite.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its page; nothing was imported.</source>
        <translation>Die MHTML-Datei bricht innerhalb ihrer Seite ab; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off: its last part (%1) is incomplete and was left out.</source>
        <translation>Die MHTML-Datei ist abgeschnitten: Ihr letzter Teil (%1) ist unvollständig und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The nested multipart part %1 was skipped.</source>
        <translation>Der verschachtelte Multipart-Teil %1 wurde übersprungen.</translation>
    </message>
    <message>
        <source>The MHTML file ends without its closing boundary; it may be cut off after its last part.</source>
        <translation>Die MHTML-Datei endet ohne abschließende Grenze; sie ist vielleicht nach ihrem letzten Teil abgeschnitten.</translation>
    </message>
    <message>
        <source>The part holding the page has the unknown transfer encoding “%1”; its bytes were taken as they are.</source>
        <translation>Der Teil mit der Seite hat die unbekannte Übertragungskodierung „%1“; seine Bytes wurden unverändert übernommen.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The authors&apos; comments could not be read.</source>
        <translation>Die Kommentare der Autoren konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The comments from the same addresses could not be read.</source>
        <translation>Die Kommentare von denselben Adressen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>Die Kommentare konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>Das Moderationsprotokoll konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogDialog</name>
    <message>
        <source>Moderation Log</source>
        <translation>Moderationsprotokoll</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Decisions: %L1, newest first.</source>
        <translation>Entscheidungen: %L1, neueste zuerst.</translation>
    </message>
    <message>
        <source>Export Moderation Log</source>
        <translation>Moderationsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogModel</name>
    <message>
        <source>Curator</source>
        <translation>Kurator</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>Spamfilter</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Who made a moderation decision: the import of a file that gave the comment&apos;s status.</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation>#%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Kommentar %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationQueueModel</name>
    <message>
        <source>Spam score %1 (0 = surely not spam, 1 = surely spam)</source>
        <translation>Spam-Bewertung %1 (0 = sicher kein Spam, 1 = sicher Spam)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <extracomment>%1 is the stored key of an unknown decider, shown as it is.</extracomment>
        <translation>Entschieden von %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>A curator</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Ein Kurator</translation>
    </message>
    <message>
        <source>The moderation rules</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Die Moderationsregeln</translation>
    </message>
    <message>
        <source>The spam filter</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Der Spamfilter</translation>
    </message>
    <message>
        <source>The imported file</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Die importierte Datei</translation>
    </message>
    <message>
        <source>Decided by a curator</source>
        <translation>Von einem Kurator entschieden</translation>
    </message>
    <message>
        <source>Decided by the moderation rules</source>
        <translation>Von den Moderationsregeln entschieden</translation>
    </message>
    <message>
        <source>Decided by the spam filter</source>
        <translation>Vom Spamfilter entschieden</translation>
    </message>
    <message>
        <source>Decided by the imported file</source>
        <translation>Von der importierten Datei entschieden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says who decided (&quot;Decided by the spam filter&quot;); %2 is the decision&apos;s reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationRules</name>
    <message>
        <source>Disallowed key</source>
        <translation>Gesperrter Schlüssel</translation>
    </message>
    <message>
        <source>Copy of spam</source>
        <translation>Kopie von Spam</translation>
    </message>
    <message>
        <source>Hold all</source>
        <translation>Alle zurückhalten</translation>
    </message>
    <message>
        <source>Moderation key</source>
        <translation>Moderationsschlüssel</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Kommentarflut</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Großschreibung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Known author</source>
        <translation>Bekannter Autor</translation>
    </message>
    <message>
        <source>Same author and text as comment %1, which is spam</source>
        <translation>Gleicher Autor und Text wie Kommentar %1, der Spam ist</translation>
    </message>
    <message>
        <source>Every comment is held (hold_all is on)</source>
        <translation>Jeder Kommentar wird zurückgehalten (hold_all ist eingeschaltet)</translation>
    </message>
    <message>
        <source>Links: %1, and comments with %2 or more are held</source>
        <translation>Links: %1, und Kommentare mit %2 oder mehr werden zurückgehalten</translation>
    </message>
    <message>
        <source>Shouting: %1% of %2 letters are capitals</source>
        <translation>Großschreibung: %1 % von %2 Buchstaben sind Großbuchstaben</translation>
    </message>
    <message>
        <source>Duplicate of comment %1 by the same author</source>
        <translation>Duplikat von Kommentar %1 desselben Autors</translation>
    </message>
    <message>
        <source>Known author: %1 has an approved comment</source>
        <translation>Bekannter Autor: %1 hat einen freigegebenen Kommentar</translation>
    </message>
    <message>
        <source>No rule matched; imported comments wait for a curator</source>
        <translation>Keine Regel trifft zu; importierte Kommentare warten auf einen Kurator</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s name</source>
        <translation>Gesperrter Schlüssel „%1“ im Namen des Autors</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s email</source>
        <translation>Gesperrter Schlüssel „%1“ in der E-Mail-Adresse des Autors</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s URL</source>
        <translation>Gesperrter Schlüssel „%1“ in der URL des Autors</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the text</source>
        <translation>Gesperrter Schlüssel „%1“ im Text</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s IP address</source>
        <translation>Gesperrter Schlüssel „%1“ in der IP-Adresse des Autors</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s name</source>
        <translation>Moderationsschlüssel „%1“ im Namen des Autors</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s email</source>
        <translation>Moderationsschlüssel „%1“ in der E-Mail-Adresse des Autors</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s URL</source>
        <translation>Moderationsschlüssel „%1“ in der URL des Autors</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the text</source>
        <translation>Moderationsschlüssel „%1“ im Text</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s IP address</source>
        <translation>Moderationsschlüssel „%1“ in der IP-Adresse des Autors</translation>
    </message>
    <message>
        <source>Flood: %1 comments from IP address %2 within %3 s</source>
        <translation>Kommentarflut: %1 Kommentare von der IP-Adresse %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>Flood: %1 comments from “%2” within %3 s</source>
        <translation>Kommentarflut: %1 Kommentare von „%2“ innerhalb von %3 s</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationSettings</name>
    <message>
        <source>%1 takes on or off, not “%2”.</source>
        <translation>%1 nimmt on oder off, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>%1 nimmt eine Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 nimmt eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>There is no moderation setting “%1”; the settings are: %2.</source>
        <translation>Es gibt keine Moderationseinstellung „%1“; die Einstellungen sind: %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationView</name>
    <message>
        <source>All comments</source>
        <translation>Alle Kommentare</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation>Welche Kommentare aufgelistet werden</translation>
    </message>
    <message>
        <source>Author, email or IP</source>
        <translation>Autor, E-Mail oder IP</translation>
    </message>
    <message>
        <source>Show the comments whose author&apos;s name, email or IP address is exactly this</source>
        <translation>Die Kommentare anzeigen, deren Autorname, E-Mail- oder IP-Adresse genau diesem Wert entspricht</translation>
    </message>
    <message>
        <source>Rule or reason</source>
        <translation>Regel oder Begründung</translation>
    </message>
    <message>
        <source>Show the comments whose decision&apos;s reason mentions this, e.g. a rule&apos;s name</source>
        <translation>Die Kommentare anzeigen, deren Entscheidungsbegründung dies erwähnt, z. B. den Namen einer Regel</translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation>Bewertung ≥ </translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Beliebige Bewertung</translation>
    </message>
    <message>
        <source>Show only comments the spam filter scored at least this high (1 = surely spam)</source>
        <translation>Nur Kommentare anzeigen, die der Spamfilter mindestens so hoch bewertet hat (1 = sicher Spam)</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Reihenfolge der Liste</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Most likely spam first</source>
        <translation>Wahrscheinlichster Spam zuerst</translation>
    </message>
    <message>
        <source>A approve · S spam · R reject · U pending · J/K next/previous · Z undo</source>
        <translation>A freigeben · S Spam · R ablehnen · U ausstehend · J/K nächster/vorheriger · Z rückgängig</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show every comment by this author, or on this article</source>
        <translation>Alle Kommentare dieses Autors oder zu diesem Artikel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve the selected comments</source>
        <translation>Die ausgewählten Kommentare freigeben</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>Als &amp;Spam markieren</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Button: marks the selected comments as spam (an action, not a status).</extracomment>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Mark the selected comments as spam</source>
        <translation>Die ausgewählten Kommentare als Spam markieren</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reject the selected comments</source>
        <translation>Die ausgewählten Kommentare ablehnen</translation>
    </message>
    <message>
        <source>Back to &amp;Pending</source>
        <translation>Zurück auf a&amp;usstehend</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Button: returns the selected comments to pending (an action, not a status).</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Return the selected comments to pending</source>
        <translation>Die ausgewählten Kommentare wieder auf ausstehend setzen</translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation>&amp;Nächster Kommentar</translation>
    </message>
    <message>
        <source>Go to the next comment</source>
        <translation>Zum nächsten Kommentar wechseln</translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation>&amp;Vorheriger Kommentar</translation>
    </message>
    <message>
        <source>Go to the previous comment</source>
        <translation>Zum vorherigen Kommentar wechseln</translation>
    </message>
    <message>
        <source>&amp;Undo Last Step</source>
        <translation>Letzten Schritt &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the last step, such as a decision</source>
        <translation>Den letzten Schritt rückgängig machen, etwa eine Entscheidung</translation>
    </message>
    <message>
        <source>By This Name</source>
        <translation>Mit diesem Namen</translation>
    </message>
    <message>
        <source>By This Email</source>
        <translation>Mit dieser E-Mail-Adresse</translation>
    </message>
    <message>
        <source>By This IP Address</source>
        <translation>Mit dieser IP-Adresse</translation>
    </message>
    <message>
        <source>Show All by This &amp;Author</source>
        <translation>Alle von diesem Aut&amp;or anzeigen</translation>
    </message>
    <message>
        <source>Show All on This Ar&amp;ticle</source>
        <translation>Alle zu diesem Ar&amp;tikel anzeigen</translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>Alle freigeben</translation>
    </message>
    <message>
        <source>Approve every comment in this list, loaded or not, as one step</source>
        <translation>Alle Kommentare dieser Liste in einem Schritt freigeben, ob geladen oder nicht</translation>
    </message>
    <message>
        <source>Spam All</source>
        <translation>Alle als Spam</translation>
    </message>
    <message>
        <source>Mark every comment in this list as spam, loaded or not, as one step</source>
        <translation>Alle Kommentare dieser Liste in einem Schritt als Spam markieren, ob geladen oder nicht</translation>
    </message>
    <message>
        <source>Show Whole Queue</source>
        <translation>Ganze Warteschlange anzeigen</translation>
    </message>
    <message>
        <source>Leave this author or article and show the queue again</source>
        <translation>Diesen Autor bzw. Artikel verlassen und wieder die Warteschlange anzeigen</translation>
    </message>
    <message>
        <source>Moderation &amp;Log…</source>
        <translation>Moderations&amp;protokoll …</translation>
    </message>
    <message>
        <source>Every moderation decision: who, when, from, to and why</source>
        <translation>Jede Moderationsentscheidung: wer, wann, von, nach und warum</translation>
    </message>
    <message>
        <source>R&amp;un Rules on Pending…</source>
        <translation>&amp;Regeln auf ausstehende Kommentare anwenden …</translation>
    </message>
    <message>
        <source>See what the moderation rules and the spam filter would do with every pending comment, then apply it as one step</source>
        <translation>Ansehen, was die Moderationsregeln und der Spamfilter mit jedem ausstehenden Kommentar tun würden, und es dann in einem Schritt anwenden</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Comments by “%1” on “%2”</source>
        <translation>Kommentare von „%1“ zu „%2“</translation>
    </message>
    <message>
        <source>Comments by “%1”</source>
        <translation>Kommentare von „%1“</translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation>Kommentare zu „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>The rules changed nothing.</source>
        <translation>Die Regeln haben nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;New Comment…</source>
        <translation>Neuer &amp;Kommentar …</translation>
    </message>
    <message>
        <source>Write a comment of your own on this comment&apos;s article</source>
        <translation>Einen eigenen Kommentar zum Artikel dieses Kommentars schreiben</translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation>Ant&amp;worten …</translation>
    </message>
    <message>
        <source>Answer the current comment with a comment of your own</source>
        <translation>Auf den aktuellen Kommentar mit einem eigenen Kommentar antworten</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are pending already.</source>
        <translation>Nichts geändert: Die Kommentare sind bereits ausstehend.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are approved already.</source>
        <translation>Nichts geändert: Die Kommentare sind bereits freigegeben.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are marked as spam already.</source>
        <translation>Nichts geändert: Die Kommentare sind bereits als Spam markiert.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are rejected already.</source>
        <translation>Nichts geändert: Die Kommentare sind bereits abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveBundleEntries</name>
    <message numerus="yes">
        <source>Move %n Entry(s) in “%1”</source>
        <translation>
            <numerusform>%n Eintrag in „%1“ verschieben</numerusform>
            <numerusform>%n Einträge in „%1“ verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveTopic</name>
    <message>
        <source>Move topic “%1”</source>
        <translation>Thema „%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>Newsdesk::NewCommentDialog</name>
    <message>
        <source>Reply to %1</source>
        <extracomment>%1 is the name of the author of the comment being replied to.</extracomment>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Kurator</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Blank lines separate paragraphs</source>
        <translation>Leerzeilen trennen Absätze</translation>
    </message>
    <message>
        <source>Add Reply</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>Antwort auf:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>Auf einen Kommentar antworten</translation>
    </message>
</context>
<context>
    <name>Newsdesk::OpmlImporter</name>
    <message>
        <source>This is not an OPML subscription list: its root element is &lt;%1&gt;.</source>
        <translation>Dies ist keine OPML-Abonnementliste: Das Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The OPML subscription list has no &lt;body&gt;.</source>
        <translation>Die OPML-Abonnementliste hat kein &lt;body&gt;.</translation>
    </message>
    <message>
        <source>The feed address “%1” was ignored: it is not an absolute web address.</source>
        <translation>Die Feed-Adresse „%1“ wurde ignoriert: Sie ist keine absolute Webadresse.</translation>
    </message>
    <message>
        <source>The subscription list names no feeds.</source>
        <translation>Die Abonnementliste nennt keine Feeds.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PlainTextImporter</name>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>“%1” holds no text to import.</source>
        <translation>„%1“ enthält keinen Text zum Importieren.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>The library&apos;s moderation settings could not be read: %1</source>
        <translation>Die Moderationseinstellungen der Bibliothek konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Approve comments by authors who already have an approved comment</source>
        <translation>Kommentare von Autoren freigeben, die bereits einen freigegebenen Kommentar haben</translation>
    </message>
    <message>
        <source>Hold every comment for moderation, whatever the other rules say</source>
        <translation>Jeden Kommentar zur Moderation zurückhalten, unabhängig von den anderen Regeln</translation>
    </message>
    <message>
        <source>Hold for moderation when a comment contains:</source>
        <translation>Zur Moderation zurückhalten, wenn ein Kommentar enthält:</translation>
    </message>
    <message>
        <source>Mark as spam when a comment contains:</source>
        <translation>Als Spam markieren, wenn ein Kommentar enthält:</translation>
    </message>
    <message>
        <source>One word or phrase a line, looked for in the author&apos;s name, email, web site and IP address and in the text, ignoring case: “press” also finds “WordPress”.</source>
        <translation>Ein Wort oder eine Phrase pro Zeile; gesucht wird in Name, E-Mail, Website und IP-Adresse des Autors sowie im Text, ohne Beachtung der Groß-/Kleinschreibung: „press“ findet auch „WordPress“.</translation>
    </message>
    <message>
        <source>The share of capitals among the letters of a comment of 20 letters or more</source>
        <translation>Der Anteil der Großbuchstaben an den Buchstaben eines Kommentars mit 20 oder mehr Buchstaben</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Newsdesk speaks the new language from its next start.</source>
        <translation>Newsdesk verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Mark comments as spam by their spam score</source>
        <translation>Kommentare anhand ihrer Spam-Bewertung als Spam markieren</translation>
    </message>
    <message>
        <source>Hold a comment with this many links or more:</source>
        <translation>Kommentar zurückhalten ab dieser Anzahl von Links:</translation>
    </message>
    <message>
        <source>Flood limit (comments):</source>
        <translation>Grenze für Kommentarfluten (Kommentare):</translation>
    </message>
    <message>
        <source>Flood window (seconds):</source>
        <translation>Zeitfenster für Kommentarfluten (Sekunden):</translation>
    </message>
    <message>
        <source>Hold a comment with this share of capitals or more (%):</source>
        <translation>Kommentar zurückhalten ab diesem Anteil an Großbuchstaben (%):</translation>
    </message>
    <message>
        <source>Lowest spam score to mark as spam:</source>
        <translation>Spam-Bewertung, ab der als Spam markiert wird:</translation>
    </message>
    <message>
        <source>Hold a comment when its author or IP address posted this many comments within the flood window, the new one included</source>
        <translation>Einen Kommentar zurückhalten, wenn sein Autor oder seine IP-Adresse innerhalb des Zeitfensters so viele Kommentare verfasst hat, den neuen eingeschlossen</translation>
    </message>
    <message>
        <source>How recent an author&apos;s comments must be to count towards the flood limit</source>
        <translation>Wie aktuell die Kommentare eines Autors sein müssen, um zur Grenze für Kommentarfluten zu zählen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::QuickTagPopup</name>
    <message>
        <source>Tag with… (type a topic, Enter to apply)</source>
        <translation>Thema zuweisen … (Thema eingeben, Eingabetaste zum Anwenden)</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReaderFindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReaderView</name>
    <message>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>Bilder laden</translation>
    </message>
    <message>
        <source>Load the remote images of this article</source>
        <translation>Die externen Bilder dieses Artikels laden</translation>
    </message>
    <message>
        <source>Always Load</source>
        <translation>Immer laden</translation>
    </message>
    <message>
        <source>Load remote images in every article</source>
        <translation>Externe Bilder in jedem Artikel laden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>A+</source>
        <comment>zoom in, on a small button</comment>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation>Größerer Text (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>A−</source>
        <comment>zoom out, on a small button</comment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation>Kleinerer Text (%1)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>Artikel &amp;drucken …</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>Artikel als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Show &amp;Pending Comments</source>
        <translation>&amp;Ausstehende Kommentare anzeigen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Show comments waiting for moderation with the approved ones</source>
        <translation>Kommentare, die auf Moderation warten, zusammen mit den freigegebenen anzeigen</translation>
    </message>
    <message>
        <source>Always Load &amp;Remote Images</source>
        <translation>Immer &amp;externe Bilder laden</translation>
    </message>
    <message>
        <source>Qt WebEngine does not run as root unless QTWEBENGINE_DISABLE_SANDBOX=1 is set.</source>
        <translation>Qt WebEngine läuft nicht als root, sofern nicht QTWEBENGINE_DISABLE_SANDBOX=1 gesetzt ist.</translation>
    </message>
    <message>
        <source>Article sent to the printer.</source>
        <translation>Artikel an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>Der Artikel konnte nicht gedruckt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Images from other sites are not loaded (%n), so those sites cannot see you reading this.</source>
        <translation>
            <numerusform>Bilder von anderen Websites werden nicht geladen (%n), damit diese Websites nicht sehen, dass Sie dies lesen.</numerusform>
            <numerusform>Bilder von anderen Websites werden nicht geladen (%n), damit diese Websites nicht sehen, dass Sie dies lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader zoom %1%</source>
        <translation>Zoom der Leseansicht: %1 %</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>Link im Browser öffnen</translation>
    </message>
    <message>
        <source>Select an article to print it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu drucken.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <source>Select an article to save it as PDF.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn als PDF zu speichern.</translation>
    </message>
    <message>
        <source>Save Article as PDF</source>
        <translation>Artikel als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>Die Seite konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The simpler reader was asked for (NEWSDESK_READER=text).</source>
        <translation>Die einfachere Leseansicht wurde angefordert (NEWSDESK_READER=text).</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s helper program, QtWebEngineProcess, is not installed.</source>
        <translation>Das Hilfsprogramm von Qt WebEngine, QtWebEngineProcess, ist nicht installiert.</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s page process stopped (exit code %1).</source>
        <translation>Der Seitenprozess von Qt WebEngine wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The full reader is not available, so the article is shown in a simpler view.</source>
        <translation>Die vollständige Leseansicht ist nicht verfügbar, daher wird der Artikel in einer einfacheren Ansicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RejectSuggestion</name>
    <message>
        <source>Reject suggested topic</source>
        <translation>Vorgeschlagenes Thema ablehnen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RemoveBundleEntries</name>
    <message numerus="yes">
        <source>Remove %n Entry(s) from “%1”</source>
        <translation>
            <numerusform>%n Eintrag aus „%1“ entfernen</numerusform>
            <numerusform>%n Einträge aus „%1“ entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundle</name>
    <message>
        <source>Rename Bundle “%1”</source>
        <translation>Zusammenstellung „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundleSection</name>
    <message>
        <source>Rename Section “%1”</source>
        <translation>Abschnitt „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RuleTagger</name>
    <message>
        <source>The rules of “%1”: %2</source>
        <translation>Die Regeln von „%1“: %2</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>Die Themenzuweisungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>Die Artikel konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SampleLibrary</name>
    <message>
        <source>Could not read the sample library: %1</source>
        <translation>Die Beispielbibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1</source>
        <translation>Die Beispielbibliothek ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Could not read the sample page %1: %2</source>
        <translation>Die Beispielseite %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SaveFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SavedSearch</name>
    <message>
        <source>The bundle has no saved search to fill it from.</source>
        <translation>Die Zusammenstellung hat keine gespeicherte Suche, aus der sie aufgefüllt werden kann.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Sentences</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Puts one whole sentence after another: a space in English, none in Japanese or Chinese.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticleField</name>
    <message>
        <source>Change the URL</source>
        <translation>URL ändern</translation>
    </message>
    <message>
        <source>Change the canonical URL</source>
        <translation>Kanonische URL ändern</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Change the dek</source>
        <translation>Unterzeile ändern</translation>
    </message>
    <message>
        <source>Change the byline</source>
        <translation>Autorenzeile ändern</translation>
    </message>
    <message>
        <source>Change the dateline</source>
        <translation>Ortsmarke ändern</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>Agentur ändern</translation>
    </message>
    <message>
        <source>Change the source</source>
        <translation>Quelle ändern</translation>
    </message>
    <message>
        <source>Change the publication date</source>
        <translation>Veröffentlichungsdatum ändern</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Change the image URL</source>
        <translation>Bild-URL ändern</translation>
    </message>
    <message>
        <source>Change the image caption</source>
        <translation>Bildunterschrift ändern</translation>
    </message>
    <message>
        <source>Change the image credit</source>
        <translation>Bildnachweis ändern</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>Text ändern</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Change the curator note</source>
        <translation>Kuratornotiz ändern</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticlesStatus</name>
    <message numerus="yes">
        <source>Mark %n article(s) as new</source>
        <translation>
            <numerusform>%n Artikel als „Neu“ markieren</numerusform>
            <numerusform>%n Artikel als „Neu“ markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as reviewed</source>
        <translation>
            <numerusform>%n Artikel als „Geprüft“ markieren</numerusform>
            <numerusform>%n Artikel als „Geprüft“ markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as selected</source>
        <translation>
            <numerusform>%n Artikel als „Ausgewählt“ markieren</numerusform>
            <numerusform>%n Artikel als „Ausgewählt“ markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as rejected</source>
        <translation>
            <numerusform>%n Artikel als „Abgelehnt“ markieren</numerusform>
            <numerusform>%n Artikel als „Abgelehnt“ markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetCommentStatus</name>
    <message numerus="yes">
        <source>Approve %n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar freigeben</numerusform>
            <numerusform>%n Kommentare freigeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n comment(s) as spam</source>
        <translation>
            <numerusform>%n Kommentar als Spam markieren</numerusform>
            <numerusform>%n Kommentare als Spam markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar ablehnen</numerusform>
            <numerusform>%n Kommentare ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n comment(s) to pending</source>
        <translation>
            <numerusform>%n Kommentar wieder auf ausstehend setzen</numerusform>
            <numerusform>%n Kommentare wieder auf ausstehend setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SingleInstance</name>
    <message>
        <source>Another Newsdesk window has %1 open but does not answer.</source>
        <translation>Ein anderes Newsdesk-Fenster hat %1 geöffnet, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot listen for other Newsdesk windows: %1</source>
        <translation>Verbindungen von anderen Newsdesk-Fenstern können nicht angenommen werden: %1</translation>
    </message>
    <message>
        <source>The running Newsdesk window did not take the files: %1</source>
        <translation>Das laufende Newsdesk-Fenster hat die Dateien nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilter</name>
    <message>
        <source>Training was cancelled.</source>
        <translation>Das Training wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learns from your decisions and needs at least %n approved and %n spam comments.</source>
        <translation>
            <numerusform>Der Spamfilter lernt aus Ihren Entscheidungen und braucht mindestens %n freigegebenen Kommentar und %n Spam-Kommentar.</numerusform>
            <numerusform>Der Spamfilter lernt aus Ihren Entscheidungen und braucht mindestens %n freigegebene Kommentare und %n Spam-Kommentare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library has %n approved comment(s).</source>
        <translation>
            <numerusform>Die Bibliothek enthält %n freigegebenen Kommentar.</numerusform>
            <numerusform>Die Bibliothek enthält %n freigegebene Kommentare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n spam comment(s).</source>
        <extracomment>Follows &quot;The library has %n approved comment(s).&quot;; &quot;it&quot; is the library.</extracomment>
        <translation>
            <numerusform>Sie enthält %n Spam-Kommentar.</numerusform>
            <numerusform>Sie enthält %n Spam-Kommentare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilterService</name>
    <message>
        <source>Learning from your moderation decisions…</source>
        <translation>Lernt aus Ihren Moderationsentscheidungen …</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: %1</source>
        <translation>Der Spamfilter ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: its training run was cancelled.</source>
        <translation>Der Spamfilter ist nicht verfügbar: Sein Training wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n approved comment(s).</source>
        <translation>
            <numerusform>Aus %n freigegebenen Kommentar gelernt.</numerusform>
            <numerusform>Aus %n freigegebenen Kommentaren gelernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n spam comment(s).</source>
        <translation>
            <numerusform>Aus %n Spam-Kommentar gelernt.</numerusform>
            <numerusform>Aus %n Spam-Kommentaren gelernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n pending comment(s) in %1 s.</source>
        <translation>
            <numerusform>%n ausstehender Kommentar in %1 s bewertet.</numerusform>
            <numerusform>%n ausstehende Kommentare in %1 s bewertet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::StatusProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::StoryRepository</name>
    <message>
        <source>A fingerprint has four bands.</source>
        <translation>Ein Fingerabdruck hat vier Bänder.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Es gibt keinen Artikel mit der ID %1.</translation>
    </message>
    <message>
        <source>These articles are not linked.</source>
        <translation>Diese Artikel sind nicht verknüpft.</translation>
    </message>
    <message>
        <source>The library could not be searched for the article.</source>
        <translation>Die Bibliothek konnte nicht nach dem Artikel durchsucht werden.</translation>
    </message>
    <message>
        <source>The library could not be searched for the same story.</source>
        <translation>Die Bibliothek konnte nicht nach derselben Meldung durchsucht werden.</translation>
    </message>
    <message>
        <source>The article&apos;s fingerprint could not be stored.</source>
        <translation>Der Fingerabdruck des Artikels konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Der Artikel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The copies could not be linked.</source>
        <translation>Die Kopien konnten nicht verknüpft werden.</translation>
    </message>
    <message>
        <source>The article&apos;s copies could not be read.</source>
        <translation>Die Kopien des Artikels konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Where the story ran could not be read.</source>
        <translation>Die Erscheinungsorte der Meldung konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Where the story ran could not be recorded.</source>
        <translation>Die Erscheinungsorte der Meldung konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The copies could not be kept apart.</source>
        <translation>Die Kopien konnten nicht getrennt gehalten werden.</translation>
    </message>
    <message>
        <source>The copies could not be merged.</source>
        <translation>Die Kopien konnten nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>Das Zusammenführen konnte nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SuggestionService</name>
    <message>
        <source>Learning from your tags…</source>
        <translation>Lernt aus Ihren Themenzuweisungen …</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation>Vorschläge sind nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions start once a topic has %n article(s) tagged by hand.</source>
        <translation>
            <numerusform>Vorschläge beginnen, sobald einem Thema %n Artikel von Hand zugewiesen ist.</numerusform>
            <numerusform>Vorschläge beginnen, sobald einem Thema %n Artikel von Hand zugewiesen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggesting %n topic(s).</source>
        <extracomment>The classifier has learned %n topics and suggests them where they fit.</extracomment>
        <translation>
            <numerusform>Vorschläge für %n Thema.</numerusform>
            <numerusform>Vorschläge für %n Themen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n tagged article(s) in %1 s.</source>
        <translation>
            <numerusform>In %1 s aus %n Artikel mit Themenzuweisungen gelernt.</numerusform>
            <numerusform>In %1 s aus %n Artikeln mit Themenzuweisungen gelernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagArticles</name>
    <message numerus="yes">
        <source>Tag %n article(s)</source>
        <translation>
            <numerusform>%n Artikel ein Thema zuweisen</numerusform>
            <numerusform>%n Artikeln ein Thema zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n article(s)</source>
        <translation>
            <numerusform>Thema von %n Artikel entfernen</numerusform>
            <numerusform>Thema von %n Artikeln entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Taxonomy</name>
    <message>
        <source>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, licensed under CC BY 4.0</source>
        <translation>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, lizenziert unter CC BY 4.0</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the field %1 is not one of any, title, dek, body, byline or source.</source>
        <translation>das Feld %1 ist keines von any, title, dek, body, byline oder source.</translation>
    </message>
    <message>
        <source>the kind %1 is not one of keyword, phrase or regex.</source>
        <translation>die Art %1 ist keine von keyword, phrase oder regex.</translation>
    </message>
    <message>
        <source>it has no pattern.</source>
        <translation>sie hat kein Muster.</translation>
    </message>
    <message>
        <source>caseSensitive is neither true nor false.</source>
        <translation>caseSensitive ist weder true noch false.</translation>
    </message>
    <message>
        <source>The file has no list of topics.</source>
        <translation>Die Datei hat keine Themenliste.</translation>
    </message>
    <message>
        <source>The children of the topic %1 are not a list.</source>
        <translation>Die Unterthemen des Themas %1 sind keine Liste.</translation>
    </message>
    <message>
        <source>The topic %1 has topics more than %2 levels deep; a taxonomy can have at most %2 levels.</source>
        <translation>Das Thema %1 hat Unterthemen, die mehr als %2 Ebenen tief liegen; eine Taxonomie kann höchstens %2 Ebenen haben.</translation>
    </message>
    <message>
        <source>Two topics at the top level are both called %1.</source>
        <translation>Zwei Themen auf der obersten Ebene heißen beide %1.</translation>
    </message>
    <message>
        <source>Two topics under %1 are both called %2.</source>
        <translation>Zwei Themen unter %1 heißen beide %2.</translation>
    </message>
    <message>
        <source>The taxonomy has more than %L1 topics; at most %L1 can be imported at once.</source>
        <translation>Die Taxonomie hat mehr als %L1 Themen; höchstens %L1 können auf einmal importiert werden.</translation>
    </message>
    <message>
        <source>The topic %1 has the colour %2; colours are written #rrggbb.</source>
        <translation>Das Thema %1 hat die Farbe %2; Farben werden als #rrggbb geschrieben.</translation>
    </message>
    <message>
        <source>The code %1 of the topic %2 is not a code (a code has no spaces).</source>
        <translation>Der Code %1 des Themas %2 ist kein Code (ein Code enthält keine Leerzeichen).</translation>
    </message>
    <message>
        <source>The related codes of the topic %1 are not a list.</source>
        <translation>Die verwandten Codes des Themas %1 sind keine Liste.</translation>
    </message>
    <message>
        <source>The related code %1 of the topic %2 is not a code.</source>
        <translation>Der verwandte Code %1 des Themas %2 ist kein Code.</translation>
    </message>
    <message>
        <source>The rules of the topic %1 are not a list.</source>
        <translation>Die Regeln des Themas %1 sind keine Liste.</translation>
    </message>
    <message>
        <source>Rule %1 of the topic %2 is not valid: %3</source>
        <translation>Regel %1 des Themas %2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>The built-in topic list %1 is missing: %2</source>
        <translation>Die eingebaute Themenliste %1 fehlt: %2</translation>
    </message>
    <message>
        <source>The taxonomy file is larger than %L1 MB; it cannot be a topic list.</source>
        <translation>Die Taxonomiedatei ist größer als %L1 MB; sie kann keine Themenliste sein.</translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1 (at byte %L2).</source>
        <translation>Die Taxonomie ist kein gültiges JSON: %1 (bei Byte %L2).</translation>
    </message>
    <message>
        <source>This is not a Newsdesk taxonomy: it does not say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Dies ist keine Newsdesk-Taxonomie: Sie enthält nicht &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The taxonomy has no valid format version.</source>
        <translation>Die Taxonomie hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The taxonomy was written by a newer Newsdesk (format version %1); this version reads version %2. Update Newsdesk to import it.</source>
        <translation>Die Taxonomie wurde von einer neueren Newsdesk-Version geschrieben (Formatversion %1); diese Version liest Version %2. Aktualisieren Sie Newsdesk, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The topic&apos;s rules are not a JSON list.</source>
        <translation>Die Regeln des Themas sind keine JSON-Liste.</translation>
    </message>
    <message>
        <source>Rule %1 is not valid: %2</source>
        <translation>Regel %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Could not read the taxonomy file “%1”: %2</source>
        <translation>Die Taxonomiedatei „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>„%1“ kann nicht importiert werden. %2</translation>
    </message>
    <message>
        <source>Topic %1 at the top level is not a JSON object.</source>
        <translation>Thema %1 auf oberster Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Topic %1 under %2 is not a JSON object.</source>
        <translation>Thema %1 unter %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Topic %1 at the top level has no name.</source>
        <translation>Thema %1 auf oberster Ebene hat keinen Namen.</translation>
    </message>
    <message>
        <source>Topic %1 under %2 has no name.</source>
        <translation>Thema %1 unter %2 hat keinen Namen.</translation>
    </message>
    <message>
        <source>The description of the topic %1 is not text.</source>
        <translation>Die Beschreibung des Themas %1 ist kein Text.</translation>
    </message>
    <message>
        <source>The colour of the topic %1 is not text.</source>
        <translation>Die Farbe des Themas %1 ist kein Text.</translation>
    </message>
    <message>
        <source>The code of the topic %1 is not text.</source>
        <translation>Der Code des Themas %1 ist kein Text.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Template</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>a tag is opened here but never closed (“%1” is missing)</source>
        <translation>hier wird ein Tag geöffnet, aber nie geschlossen („%1“ fehlt)</translation>
    </message>
    <message>
        <source>changing the delimiters (“{{=”) is not supported</source>
        <translation>das Ändern der Trennzeichen („{{=“) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the tag “%1” has no name</source>
        <translation>das Tag „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no open section</source>
        <translation>„{{/%1}}“ schließt keinen offenen Abschnitt</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes the section “%2” opened on line %3</source>
        <translation>„{{/%1}}“ schließt den in Zeile %3 geöffneten Abschnitt „%2“</translation>
    </message>
    <message>
        <source>the section “%1” opened on line %2 is never closed</source>
        <translation>der in Zeile %2 geöffnete Abschnitt „%1“ wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TemplateSet</name>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>Der Vorlagenordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2: the partial “%3” does not exist (no %3%4 in the template folder)</source>
        <translation>%1 Zeile %2: Das Partial „%3“ existiert nicht (kein %3%4 im Vorlagenordner)</translation>
    </message>
    <message>
        <source>The template folder has no readable file %1.</source>
        <translation>Der Vorlagenordner enthält keine lesbare Datei %1.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoder</name>
    <message>
        <source>No charset was declared and none could be detected; the text was decoded as windows-1252.</source>
        <translation>Es wurde kein Zeichensatz angegeben und keiner erkannt; der Text wurde als windows-1252 dekodiert.</translation>
    </message>
    <message numerus="yes">
        <source>The text is not valid UTF-8: %n byte(s) could not be decoded and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>Der Text ist kein gültiges UTF-8: %n Byte konnte nicht dekodiert werden und wurde durch U+FFFD ersetzt.</numerusform>
            <numerusform>Der Text ist kein gültiges UTF-8: %n Bytes konnten nicht dekodiert werden und wurden durch U+FFFD ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded as %1 and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n Bytefolge konnte nicht als %1 dekodiert werden und wurde durch U+FFFD ersetzt.</numerusform>
            <numerusform>%n Bytefolgen konnten nicht als %1 dekodiert werden und wurden durch U+FFFD ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not a web page.</source>
        <translation>Die Datei sieht nach einer Binärdatei aus, nicht nach einer Webseite.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not an XML document.</source>
        <translation>Die Datei sieht nach einer Binärdatei aus, nicht nach einem XML-Dokument.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not text.</source>
        <translation>Die Datei sieht nach einer Binärdatei aus, nicht nach Text.</translation>
    </message>
    <message>
        <source>The byte order mark says %1; the charset %2 named by the Content-Type header was ignored.</source>
        <translation>Die Byte-Reihenfolge-Markierung gibt %1 an; der im Content-Type-Header genannte Zeichensatz %2 wurde ignoriert.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>Der Content-Type-Header nennt den Zeichensatz %1, die Bytes sehen aber nach %2 aus; der Text wurde als %2 dekodiert.</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>Das &lt;meta&gt;-Tag der Seite nennt den Zeichensatz %1, die Bytes sehen aber nach %2 aus; der Text wurde als %2 dekodiert.</translation>
    </message>
    <message>
        <source>The XML declaration names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>Die XML-Deklaration nennt den Zeichensatz %1, die Bytes sehen aber nach %2 aus; der Text wurde als %2 dekodiert.</translation>
    </message>
    <message>
        <source>The document names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>Das Dokument nennt den Zeichensatz %1, die Bytes sehen aber nach %2 aus; der Text wurde als %2 dekodiert.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset “%1”, which is not known; it was ignored.</source>
        <translation>Der Content-Type-Header nennt den unbekannten Zeichensatz „%1“; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset “%1”, which is not known; it was ignored.</source>
        <translation>Das &lt;meta&gt;-Tag der Seite nennt den unbekannten Zeichensatz „%1“; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>The XML declaration names the charset “%1”, which is not known; it was ignored.</source>
        <translation>Die XML-Deklaration nennt den unbekannten Zeichensatz „%1“; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>The document names the charset “%1”, which is not known; it was ignored.</source>
        <translation>Das Dokument nennt den unbekannten Zeichensatz „%1“; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes are not %1; it was ignored.</source>
        <translation>Der Content-Type-Header nennt den Zeichensatz %1, die Bytes sind aber kein %1; die Angabe wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicClassifier</name>
    <message>
        <source>There are no tagged articles to learn from.</source>
        <translation>Es gibt keine Artikel mit Themen, aus denen gelernt werden kann.</translation>
    </message>
    <message>
        <source>The classifier options are out of range.</source>
        <translation>Die Optionen des Klassifikators liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Training the topic classifier was cancelled.</source>
        <translation>Das Training des Themenklassifikators wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The topic classifier data is damaged or truncated.</source>
        <translation>Die Daten des Themenklassifikators sind beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>This is not Newsdesk topic classifier data.</source>
        <translation>Dies sind keine Newsdesk-Themenklassifikatordaten.</translation>
    </message>
    <message>
        <source>The topic classifier was saved by a newer Newsdesk (format %1); this one reads format %2.</source>
        <translation>Der Themenklassifikator wurde von einer neueren Newsdesk-Version gespeichert (Format %1); diese Version liest Format %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicEvidence</name>
    <message>
        <source>Reading the tagged articles was cancelled.</source>
        <translation>Das Lesen der Artikel mit Themen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The articles to learn topics from could not be read.</source>
        <translation>Die Artikel, aus denen Themen gelernt werden, konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>Die Themen der Artikel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>Die Themen des Artikels konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRepository</name>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>Es gibt kein Thema mit der ID %1.</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>Ein Thema braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a topic named “%1” there.</source>
        <translation>Dort gibt es bereits ein Thema namens „%1“.</translation>
    </message>
    <message>
        <source>A topic cannot move into itself or below itself.</source>
        <translation>Ein Thema kann nicht in sich selbst oder unter sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>There is already a topic of that name there.</source>
        <translation>Dort gibt es bereits ein Thema mit diesem Namen.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into itself.</source>
        <translation>Ein Thema kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into one of its own subtopics.</source>
        <translation>Ein Thema kann nicht mit einem seiner eigenen Unterthemen zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The topics could not be read.</source>
        <translation>Die Themen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The topic could not be read.</source>
        <translation>Das Thema konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The topic could not be looked up.</source>
        <translation>Das Thema konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The topic tree could not be read.</source>
        <translation>Der Themenbaum konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The topic “%1” could not be added.</source>
        <translation>Das Thema „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The topic could not be added.</source>
        <translation>Das Thema konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The topic could not be changed.</source>
        <translation>Das Thema konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The topic could not be moved.</source>
        <translation>Das Thema konnte nicht verschoben werden.</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be read.</source>
        <translation>Die Artikel des Themas konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The topic could not be deleted.</source>
        <translation>Das Thema konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The topics could not be merged.</source>
        <translation>Die Themen konnten nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The topic could not be restored.</source>
        <translation>Das Thema konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The articles could not be tagged.</source>
        <translation>Den Artikeln konnte das Thema nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>The topic could not be removed from the articles.</source>
        <translation>Das Thema konnte nicht von den Artikeln entfernt werden.</translation>
    </message>
    <message>
        <source>The tags could not be restored.</source>
        <translation>Die Themenzuweisungen konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The tags could not be removed.</source>
        <translation>Die Themenzuweisungen konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>Die Themen des Artikels konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>Die Themen der Artikel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The topics&apos; articles could not be counted.</source>
        <translation>Die Artikel der Themen konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be counted.</source>
        <translation>Die Artikel des Themas konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The suggestion could not be rejected.</source>
        <translation>Der Vorschlag konnte nicht abgelehnt werden.</translation>
    </message>
    <message>
        <source>The rejection could not be undone.</source>
        <translation>Die Ablehnung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The rejected suggestions could not be read.</source>
        <translation>Die abgelehnten Vorschläge konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleMatcher</name>
    <message>
        <source>The rule has no pattern.</source>
        <translation>Die Regel hat kein Muster.</translation>
    </message>
    <message>
        <source>The pattern “%1…” is longer than %L2 characters.</source>
        <translation>Das Muster „%1…“ ist länger als %L2 Zeichen.</translation>
    </message>
    <message>
        <source>The regular expression “%1” does not compile: %2 (at character %3).</source>
        <translation>Der reguläre Ausdruck „%1“ lässt sich nicht kompilieren: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>The regular expression “%1” matches empty text, so it would match every article.</source>
        <translation>Der reguläre Ausdruck „%1“ passt auf leeren Text und würde daher auf jeden Artikel passen.</translation>
    </message>
    <message>
        <source>The phrase “%1” has no words to look for.</source>
        <translation>Die Phrase „%1“ enthält keine Wörter, nach denen gesucht werden kann.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleSet</name>
    <message>
        <source>Topic %1: %2</source>
        <translation>Thema %1: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicSuggestions</name>
    <message>
        <source>No article has a topic set by hand yet, so there is nothing to learn from. Tag a few articles per topic and suggestions will follow.</source>
        <translation>Noch keinem Artikel wurde von Hand ein Thema zugewiesen, daher gibt es nichts zu lernen. Weisen Sie pro Thema ein paar Artikeln das Thema zu, dann folgen Vorschläge.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicsDock</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Thema suchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a topic beside the selected one</source>
        <translation>Ein Thema neben dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Add Below</source>
        <translation>Darunter hinzufügen</translation>
    </message>
    <message>
        <source>Add a subtopic</source>
        <translation>Ein Unterthema hinzufügen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen …</translation>
    </message>
    <message>
        <source>Merge the selected topic into another</source>
        <translation>Das ausgewählte Thema mit einem anderen zusammenführen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>Die Artikel aller Themen anzeigen</translation>
    </message>
    <message>
        <source>New Subtopic</source>
        <translation>Neues Unterthema</translation>
    </message>
    <message>
        <source>New Topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete Topic</source>
        <translation>Thema löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its subtopics? %n article(s) will lose the tag. You can undo this.</source>
        <translation>
            <numerusform>„%1“ und seine Unterthemen löschen? %n Artikel verliert die Themenzuweisung. Dies kann rückgängig gemacht werden.</numerusform>
            <numerusform>„%1“ und seine Unterthemen löschen? %n Artikel verlieren die Themenzuweisung. Dies kann rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Topic</source>
        <translation>Thema zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <source>Export Taxonomy…</source>
        <translation>Taxonomie exportieren …</translation>
    </message>
    <message>
        <source>Save every topic, with its colour, codes and rules, as a JSON file</source>
        <translation>Alle Themen mit Farbe, Codes und Regeln als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Import Taxonomy…</source>
        <translation>Taxonomie importieren …</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file; topics already there are kept</source>
        <translation>Die Themen einer Taxonomiedatei hinzufügen; bereits vorhandene Themen bleiben erhalten</translation>
    </message>
    <message>
        <source>Import Full IPTC Tree</source>
        <translation>Vollständigen IPTC-Baum importieren</translation>
    </message>
    <message>
        <source>Add every IPTC Media Topic; topics already there are kept</source>
        <translation>Alle IPTC Media Topics hinzufügen; bereits vorhandene Themen bleiben erhalten</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <source>Export or import the topic taxonomy</source>
        <translation>Die Thementaxonomie exportieren oder importieren</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Es ist keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>Export Taxonomy</source>
        <translation>Taxonomie exportieren</translation>
    </message>
    <message>
        <source>Newsdesk taxonomies (*.json);;All files (*)</source>
        <translation>Newsdesk-Taxonomien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported the taxonomy to %1</source>
        <translation>Taxonomie nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import Taxonomy</source>
        <translation>Taxonomie importieren</translation>
    </message>
    <message>
        <source>IPTC Media Topics</source>
        <translation>IPTC Media Topics</translation>
    </message>
    <message>
        <source>Every topic of “%1” is in the taxonomy already; nothing was added.</source>
        <translation>Alle Themen aus „%1“ sind bereits in der Taxonomie; es wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n topic(s) from “%1”</source>
        <translation>
            <numerusform>%n Thema aus „%1“ importiert</numerusform>
            <numerusform>%n Themen aus „%1“ importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TrashArticles</name>
    <message numerus="yes">
        <source>Restore %n article(s)</source>
        <translation>
            <numerusform>%n Artikel wiederherstellen</numerusform>
            <numerusform>%n Artikel wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>%n Artikel in den Papierkorb verschieben</numerusform>
            <numerusform>%n Artikel in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Triage</name>
    <message>
        <source>Spam score %1 (threshold %2)</source>
        <translation>Spam-Bewertung %1 (Schwelle %2)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageDialog</name>
    <message>
        <source>Run Rules on Pending Comments</source>
        <translation>Regeln auf ausstehende Kommentare anwenden</translation>
    </message>
    <message>
        <source>Running the moderation rules and the spam filter over the pending comments…</source>
        <translation>Moderationsregeln und Spamfilter werden auf die ausstehenden Kommentare angewendet …</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>Die Regeln konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>No comment is pending.</source>
        <translation>Kein Kommentar ist ausstehend.</translation>
    </message>
    <message>
        <source>Pending comments: %L1. Approve: %L2 · Spam: %L3 · Reject: %L4 · Stay pending: %L5. Apply writes these decisions as one step you can undo.</source>
        <translation>Ausstehende Kommentare: %L1. Freigeben: %L2 · Spam: %L3 · Ablehnen: %L4 · Bleiben ausstehend: %L5. „Anwenden“ setzt diese Entscheidungen in einem Schritt um, der sich rückgängig machen lässt.</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>Der Spamfilter hat aus %n freigegebenen Kommentar gelernt.</numerusform>
            <numerusform>Der Spamfilter hat aus %n freigegebenen Kommentaren gelernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>Außerdem hat er aus %n Spam-Kommentar gelernt.</numerusform>
            <numerusform>Außerdem hat er aus %n Spam-Kommentaren gelernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageProposalModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Stays pending</source>
        <extracomment>Triage&apos;s proposal for a comment it leaves as it is.</extracomment>
        <translation>Bleibt ausstehend</translation>
    </message>
    <message>
        <source>Stays approved</source>
        <translation>Bleibt freigegeben</translation>
    </message>
    <message>
        <source>Stays spam</source>
        <translation>Bleibt Spam</translation>
    </message>
    <message>
        <source>Stays rejected</source>
        <translation>Bleibt abgelehnt</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address; Newsdesk fetches only http and https URLs.</source>
        <translation>„%1“ ist keine Webadresse; Newsdesk ruft nur http- und https-URLs ab.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL; Newsdesk fetches only those.</source>
        <translation>%1 ist keine http- oder https-URL; Newsdesk ruft nur solche ab.</translation>
    </message>
    <message>
        <source>“%1” names no server to fetch from.</source>
        <translation>„%1“ nennt keinen Server, von dem abgerufen werden kann.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>Das Abrufen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Newsdesk fetches for one page.</source>
        <translation>%1 ist größer als %2, das Maximum, das Newsdesk für eine Seite abruft.</translation>
    </message>
    <message>
        <source>Fetching %1 timed out after %2 s without data from the server.</source>
        <translation>Beim Abrufen von %1 wurde nach %2 s ohne Daten vom Server abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up on %1 after %n redirect(s); it probably redirects in a loop.</source>
        <translation>
            <numerusform>%1 wurde nach %n Weiterleitung aufgegeben; vermutlich leitet die Adresse im Kreis weiter.</numerusform>
            <numerusform>%1 wurde nach %n Weiterleitungen aufgegeben; vermutlich leitet die Adresse im Kreis weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which Newsdesk does not follow.</source>
        <translation>%1 leitet von https auf einfaches http weiter, dem Newsdesk nicht folgt.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>Der Server antwortete mit %1 für %2.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere, and following redirects is turned off.</source>
        <translation>%1 leitet an eine andere Adresse weiter, und das Folgen von Weiterleitungen ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::WxrCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>pingbacks and trackbacks are notices from other sites, not reader comments</source>
        <translation>Pingbacks und Trackbacks sind Hinweise anderer Websites, keine Leserkommentare</translation>
    </message>
    <message numerus="yes">
        <source>The item “%1” has no &lt;link&gt; or &lt;guid&gt;, so its %n comment(s) cannot be matched to an article.</source>
        <translation>
            <numerusform>Der Eintrag „%1“ hat weder &lt;link&gt; noch &lt;guid&gt;, daher kann sein %n Kommentar keinem Artikel zugeordnet werden.</numerusform>
            <numerusform>Der Eintrag „%1“ hat weder &lt;link&gt; noch &lt;guid&gt;, daher können seine %n Kommentare keinem Artikel zugeordnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>WordPress export (WXR)</source>
        <translation>WordPress-Export (WXR)</translation>
    </message>
    <message>
        <source>This is not a WordPress export: its root element is &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation>Dies ist kein WordPress-Export: Das Wurzelelement ist &lt;%1&gt;, nicht &lt;rss&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had only a local date without a time zone; it was read as UTC.</source>
        <translation>
            <numerusform>%n Kommentar hatte nur ein lokales Datum ohne Zeitzone; es wurde als UTC gelesen.</numerusform>
            <numerusform>%n Kommentare hatten nur ein lokales Datum ohne Zeitzone; es wurde als UTC gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n Kommentar hatte ein ungültiges Datum; er wurde ohne Datum importiert.</numerusform>
            <numerusform>%n Kommentare hatten ein ungültiges Datum; sie wurden ohne Datum importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n Autorenadresse, die kein http(s)-Link war, wurde weggelassen.</numerusform>
            <numerusform>%n Autorenadressen, die keine http(s)-Links waren, wurden weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>Andere Bibliothek öffnen …</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Newsdesk-Bibliotheken (*.sqlite *.newsdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Newsdesk: import, tag, moderate and export news articles.</source>
        <translation>Newsdesk: Nachrichtenartikel importieren, verschlagworten, moderieren und exportieren.</translation>
    </message>
    <message>
        <source>Open the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>Die Bibliotheksdatei unter &lt;Pfad&gt; öffnen (Standard: $NEWSDESK_LIBRARY oder %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>If the library is empty, fill it with the sample articles.</source>
        <translation>Die Bibliothek mit den Beispielartikeln füllen, falls sie leer ist.</translation>
    </message>
    <message>
        <source>newsdesk: %1</source>
        <translation>newsdesk: %1</translation>
    </message>
    <message>
        <source>--export-pdf needs --out FILE.</source>
        <translation>--export-pdf benötigt --out DATEI.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4 or Letter.</source>
        <translation>Unbekannte Seitengröße „%1“: Verwenden Sie A4 oder Letter.</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1 existiert bereits; fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Print the bundle &lt;name&gt; to PDF and exit.</source>
        <translation>Die Zusammenstellung &lt;Name&gt; als PDF drucken und beenden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A4 (the default) or Letter.</source>
        <translation>A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Replace the PDF file if it exists.</source>
        <translation>Die PDF-Datei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Files and web addresses given are imported into the library. When a Newsdesk window has the library open already, they are handed to it and that window comes to the front.</source>
        <translation>Angegebene Dateien und Webadressen werden in die Bibliothek importiert. Hat ein Newsdesk-Fenster die Bibliothek bereits geöffnet, werden sie an dieses übergeben, und das Fenster kommt in den Vordergrund.</translation>
    </message>
    <message>
        <source>Pages, feeds, Newsdesk bundles or web addresses to import.</source>
        <translation>Zu importierende Seiten, Feeds, Newsdesk-Zusammenstellungen oder Webadressen.</translation>
    </message>
</context>
</TS>
