<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
            <numerusform>Ajouter %n article au recueil «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ajouter %n articles au recueil «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddBundleSection</name>
    <message>
        <source>Add Section “%1”</source>
        <translation>Ajouter la section «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddComment</name>
    <message>
        <source>Reply to a comment</source>
        <translation>Répondre à un commentaire</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ApplyTriage</name>
    <message>
        <source>Apply the moderation rules</source>
        <translation>Appliquer les règles de modération</translation>
    </message>
    <message numerus="yes">
        <source>Apply the moderation rules to %n comment(s)</source>
        <translation>
            <numerusform>Appliquer les règles de modération à %n commentaire</numerusform>
            <numerusform>Appliquer les règles de modération à %n commentaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDetailPane</name>
    <message>
        <source>Select an article to read and edit it.</source>
        <translation>Sélectionnez un article pour le lire et le modifier.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation>&amp;Chapô&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>Si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>&amp;Lieu et date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. en, ja, pt-BR</source>
        <translation>p. ex. en, ja, pt-BR</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Your note on this article (only you see it)</source>
        <translation>Votre note sur cet article (vous seul la voyez)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Suggérés&#xa0;:</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Tab: the article shown as it reads (a mode, not &quot;has been read&quot;).</extracomment>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Tab: the article&apos;s fields, to edit them (a mode).</extracomment>
        <translation>Modification</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajouté le %1</translation>
    </message>
    <message>
        <source>in the trash — restore it to edit</source>
        <translation>dans la corbeille — restaurez-le pour le modifier</translation>
    </message>
    <message>
        <source> &lt;i&gt;(rule)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(règle)&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;(suggested, %1%)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(suggéré, %1&#xa0;%)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none yet — press T to tag&lt;/i&gt;</source>
        <translation>&lt;i&gt;aucun pour l’instant — appuyez sur T pour étiqueter&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;learning from your tags…&lt;/i&gt;</source>
        <translation>&lt;i&gt;apprentissage à partir de vos étiquettes…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;aucun&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>&lt;small&gt;Y accepts, N rejects the first&lt;/small&gt;</source>
        <translation>&lt;small&gt;Y accepte la première suggestion, N la rejette&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 (&lt;a href=&quot;relink:%2&quot;&gt;same story after all&lt;/a&gt;)</source>
        <translation>%1 (&lt;a href=&quot;relink:%2&quot;&gt;c’est bien le même sujet&lt;/a&gt;)</translation>
    </message>
    <message>
        <source> (&lt;a href=&quot;merge:%1&quot;&gt;merge&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation> (&lt;a href=&quot;merge:%1&quot;&gt;fusionner&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;un autre sujet&lt;/a&gt;)</translation>
    </message>
    <message>
        <source> (first seen; &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation> (première parution&#x202f;; &lt;a href=&quot;apart:%1&quot;&gt;un autre sujet&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Also published by %1</source>
        <translation>Également publié par %1</translation>
    </message>
    <message>
        <source>Also ran in %1 (merged)</source>
        <translation>Également paru dans %1 (fusionné)</translation>
    </message>
    <message>
        <source>Kept apart from %1</source>
        <translation>Gardé séparé de %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFormatter</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image from %1 not loaded</source>
        <translation>Image de %1 non chargée</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Also published by</source>
        <translation>Également publié par</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 waiting for moderation</source>
        <translation>
            <numerusform>%n commentaire, %1 en attente de modération</numerusform>
            <numerusform>%n commentaires, %1 en attente de modération</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Column header: how well an article matches the search (its relevance).</extracomment>
        <translation>Pertinence</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>“%1” is not a status: use new, reviewed, selected or rejected.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut&#xa0;: utilisez new, reviewed, selected ou rejected.</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 12h, 7d, 2w or a date such as 2026-11-01.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: utilisez 12h, 7d, 2w ou une date comme 2026-11-01.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Aucun article n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut&#x202f;; utilisez new, reviewed, selected ou rejected.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; use ISO 8601, e.g. 2026-10-03T08:15:00Z.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure&#x202f;; utilisez le format ISO 8601, p. ex. 2026-10-03T08:15:00Z.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag such as en, ja or pt-BR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue comme en, ja ou pt-BR.</translation>
    </message>
    <message>
        <source>Some of the articles no longer exist.</source>
        <translation>Certains de ces articles n’existent plus.</translation>
    </message>
    <message>
        <source>The articles could not be listed.</source>
        <translation>Les articles n’ont pas pu être listés.</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>Les articles n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The articles could not be counted.</source>
        <translation>Les articles n’ont pas pu être comptés.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>L’article n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The article “%1” could not be added.</source>
        <translation>L’article «&#xa0;%1&#xa0;» n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The article could not be changed.</source>
        <translation>L’article n’a pas pu être modifié.</translation>
    </message>
    <message>
        <source>The articles could not be moved to the trash.</source>
        <translation>Les articles n’ont pas pu être placés dans la corbeille.</translation>
    </message>
    <message>
        <source>The articles could not be restored from the trash.</source>
        <translation>Les articles n’ont pas pu être restaurés depuis la corbeille.</translation>
    </message>
    <message>
        <source>The articles could not be deleted.</source>
        <translation>Les articles n’ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>The trash could not be read.</source>
        <translation>La corbeille n’a pas pu être lue.</translation>
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
        <translation>URL canonique</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL de l’image</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Légende de l’image</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Crédit de l’image</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Curator note</source>
        <translation>Note du curateur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionné</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleEntriesModel</name>
    <message>
        <source>(missing article %1)</source>
        <translation>(article %1 manquant)</translation>
    </message>
    <message>
        <source>Section: the articles below it, up to the next section, are grouped under “%1”.</source>
        <translation>Section&#xa0;: les articles placés en dessous, jusqu’à la section suivante, sont regroupés sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>HTML site (folder)</source>
        <translation>Site HTML (dossier)</translation>
    </message>
    <message>
        <source>HTML, one file</source>
        <translation>HTML, fichier unique</translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Flux Atom</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>Flux RSS</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF is printed with Qt WebEngine by the newsdesk program (Bundle › Export Bundle… in the window, or newsdesk-cli export, which runs it); it cannot be written here.</source>
        <translation>Le PDF est imprimé avec Qt WebEngine par le programme newsdesk (Recueil › Exporter le recueil… dans la fenêtre, ou newsdesk-cli export, qui le lance)&#x202f;; il ne peut pas être écrit ici.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportController</name>
    <message>
        <source>Stop the export</source>
        <translation>Arrêter l’exportation</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter le recueil</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Une exportation est encore en cours.</translation>
    </message>
    <message>
        <source>%1 exists already; choose to replace it or save elsewhere.</source>
        <translation>%1 existe déjà&#x202f;; choisissez de le remplacer ou d’enregistrer ailleurs.</translation>
    </message>
    <message>
        <source>Printing the bundle to PDF…</source>
        <translation>Impression du recueil en PDF…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’exportation a été annulée&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The bundle could not be exported: %1</source>
        <translation>Le recueil n’a pas pu être exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Exporting an HTML site…</source>
        <translation>Exportation d’un site HTML…</translation>
    </message>
    <message>
        <source>Exporting one HTML file…</source>
        <translation>Exportation d’un fichier HTML unique…</translation>
    </message>
    <message>
        <source>Exporting a JSON Feed…</source>
        <translation>Exportation d’un JSON Feed…</translation>
    </message>
    <message>
        <source>Exporting an Atom feed…</source>
        <translation>Exportation d’un flux Atom…</translation>
    </message>
    <message>
        <source>Exporting an RSS feed…</source>
        <translation>Exportation d’un flux RSS…</translation>
    </message>
    <message>
        <source>Exporting a PDF…</source>
        <translation>Exportation d’un PDF…</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportDialog</name>
    <message>
        <source>Export Bundle “%1”</source>
        <translation>Exporter le recueil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Embed images in the file</source>
        <translation>Incorporer les images au fichier</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Template folder:</source>
        <translation>Dossier de &amp;modèles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Copy images into the site</source>
        <translation>Copier les images dans le site</translation>
    </message>
    <message>
        <source>Folder for the Site</source>
        <translation>Dossier du site</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter le recueil</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>Dossier de modèles</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’exportation.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>Le dossier de modèles %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Replace Existing Export?</source>
        <translation>Remplacer l’exportation existante&#x202f;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 existe déjà. Le remplacer par cette exportation&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleFeeds</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Lire sur %1</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>Recueil sans titre</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleHtml</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>The template folder has no %1.mustache.</source>
        <translation>Le dossier de modèles ne contient pas de fichier %1.mustache.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>article title — bundle title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>Recueil sans titre</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Curator’s note</source>
        <translation>Note du curateur</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Selected and published with Newsdesk. Each article links to its source.</source>
        <translation>Sélection publiée avec Newsdesk. Chaque article renvoie à sa source.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleJson</name>
    <message>
        <source>The file&apos;s Newsdesk fields do not say which format version they are in.</source>
        <translation>Les champs Newsdesk du fichier n’indiquent pas leur version de format.</translation>
    </message>
    <message>
        <source>This bundle was exported by a newer Newsdesk (format %1; this version reads up to format %2). Update Newsdesk to import it.</source>
        <translation>Ce recueil a été exporté par une version plus récente de Newsdesk (format %1&#x202f;; cette version lit jusqu’au format %2). Mettez Newsdesk à jour pour l’importer.</translation>
    </message>
    <message>
        <source>Imported bundle</source>
        <translation>Recueil importé</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be text.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be true or false.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a whole number, 0 or more.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être un nombre entier, supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a date such as 2024-05-01T09:30:00Z.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être une date comme 2024-05-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a list.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be an object.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a topic&apos;s name.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être le nom d’un thème.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the comment&apos;s id.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être l’identifiant du commentaire.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a section&apos;s heading.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être l’intitulé d’une section.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the index of the section&apos;s first item, in order.</source>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être l’indice du premier élément de la section, dans l’ordre croissant.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be one of %2.</source>
        <extracomment>%1 is where in the file (“items[0]._newsdesk.status”), %2 the allowed values, as they are.</extracomment>
        <translation>Les champs Newsdesk du fichier ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» doit être l’une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleListModel</name>
    <message numerus="yes">
        <source>%1
%n article(s), changed %2</source>
        <translation>
            <numerusform>%1
%n article · modifié le %2</numerusform>
            <numerusform>%1
%n articles · modifié le %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePdfPrinter</name>
    <message>
        <source>The bundle&apos;s page could not be loaded for printing.</source>
        <translation>La page du recueil n’a pas pu être chargée pour l’impression.</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>La mise en page a échoué.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePreview</name>
    <message>
        <source>Choose a bundle to see it as it will be published.</source>
        <translation>Choisissez un recueil pour le voir tel qu’il sera publié.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Impossible de créer l’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The full preview is not available, so the bundle is shown in a simpler view.</source>
        <translation>L’aperçu complet n’est pas disponible&#x202f;; le recueil est donc affiché dans une vue simplifiée.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleRepository</name>
    <message>
        <source>A bundle needs a name.</source>
        <translation>Un recueil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation>Une section doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>Article %1 is in the bundle twice.</source>
        <translation>L’article %1 figure deux fois dans le recueil.</translation>
    </message>
    <message>
        <source>There is no bundle %1.</source>
        <translation>Le recueil %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no bundle named “%1”.</source>
        <translation>Aucun recueil ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a bundle named “%1”.</source>
        <translation>Un recueil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Article %1 cannot go into the bundle: %2</source>
        <translation>L’article %1 ne peut pas être ajouté au recueil&#xa0;: %2</translation>
    </message>
    <message>
        <source>The bundles could not be listed.</source>
        <translation>Les recueils n’ont pas pu être listés.</translation>
    </message>
    <message>
        <source>The bundle could not be read.</source>
        <translation>Le recueil n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The bundle could not be looked up.</source>
        <translation>La recherche du recueil a échoué.</translation>
    </message>
    <message>
        <source>The bundle could not be saved.</source>
        <translation>Le recueil n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The bundle could not be created.</source>
        <translation>Le recueil n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The bundle could not be deleted.</source>
        <translation>Le recueil n’a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesDock</name>
    <message>
        <source>Bundles</source>
        <translation>Recueils</translation>
    </message>
    <message>
        <source>Drag articles onto a bundle to add them; double-click a bundle to open it.</source>
        <translation>Faites glisser des articles sur un recueil pour les y ajouter&#x202f;; double-cliquez sur un recueil pour l’ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n article ajouté à «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n articles ajoutés à «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Déjà dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesView</name>
    <message>
        <source>&amp;New Bundle</source>
        <translation>&amp;Nouveau recueil</translation>
    </message>
    <message>
        <source>Make a new, empty bundle</source>
        <translation>Créer un recueil vide</translation>
    </message>
    <message>
        <source>&amp;Rename Bundle</source>
        <translation>&amp;Renommer le recueil</translation>
    </message>
    <message>
        <source>Rename the bundle (F2)</source>
        <translation>Renommer le recueil (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Bundle</source>
        <translation>&amp;Dupliquer le recueil</translation>
    </message>
    <message>
        <source>Make a copy of the bundle</source>
        <translation>Faire une copie du recueil</translation>
    </message>
    <message>
        <source>&amp;Delete Bundle</source>
        <translation>&amp;Supprimer le recueil</translation>
    </message>
    <message>
        <source>Delete the bundle (Delete; Undo brings it back)</source>
        <translation>Supprimer le recueil (Suppr&#x202f;; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Exporter le recueil…</translation>
    </message>
    <message>
        <source>Export the bundle as HTML, JSON, a feed or PDF</source>
        <translation>Exporter le recueil en HTML, en JSON, en flux ou en PDF</translation>
    </message>
    <message>
        <source>&amp;Remove from Bundle</source>
        <translation>Re&amp;tirer du recueil</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Retirer les éléments sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Add &amp;Section Above…</source>
        <translation>Ajouter une section au-dess&amp;us…</translation>
    </message>
    <message>
        <source>Add a heading that groups the articles below it</source>
        <translation>Ajouter un intitulé qui regroupe les articles placés en dessous</translation>
    </message>
    <message>
        <source>Re&amp;name Section</source>
        <translation>Renommer la sect&amp;ion</translation>
    </message>
    <message>
        <source>Change the section&apos;s heading (F2)</source>
        <translation>Modifier l’intitulé de la section (F2)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recueils&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The bundle&apos;s name</source>
        <translation>Le nom du recueil</translation>
    </message>
    <message>
        <source>A few words introducing the selection; a blank line starts a paragraph</source>
        <translation>Quelques mots pour présenter la sélection&#x202f;; une ligne vide commence un paragraphe</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <source>Approved &amp;comments</source>
        <translation>&amp;Commentaires approuvés</translation>
    </message>
    <message>
        <source>Only approved comments are ever published; pending, spam and rejected ones never are</source>
        <translation>Seuls les commentaires approuvés sont publiés&#x202f;; ceux qui sont en attente, marqués comme spam ou rejetés ne le sont jamais</translation>
    </message>
    <message>
        <source>Source &amp;links</source>
        <translation>&amp;Liens vers les sources</translation>
    </message>
    <message>
        <source>e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>p. ex. topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Remplir</translation>
    </message>
    <message>
        <source>Add the articles the saved search finds that are not in the bundle yet</source>
        <translation>Ajouter les articles trouvés par la recherche enregistrée qui ne sont pas encore dans le recueil</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Int&amp;ro:</source>
        <translation>I&amp;ntroduction&#xa0;:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure&#xa0;:</translation>
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation>Recherche &amp;enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Blurb:</source>
        <translation>&amp;Accroche&#xa0;:</translation>
    </message>
    <message>
        <source>Your words on the selected article, shown with it</source>
        <translation>Votre texte sur l’article sélectionné, affiché avec lui</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; (drag to reorder, or drag articles in)</source>
        <translation>&lt;b&gt;Éléments&lt;/b&gt; (faites glisser pour réordonner, ou déposez-y des articles)</translation>
    </message>
    <message>
        <source>&amp;Blurb for “%1”:</source>
        <translation>&amp;Accroche pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Blurb (select an article):</source>
        <translation>&amp;Accroche (sélectionnez un article)&#xa0;:</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Nouveau recueil</translation>
    </message>
    <message>
        <source>New Bundle</source>
        <translation>Nouveau recueil</translation>
    </message>
    <message>
        <source>Add to Bundle</source>
        <translation>Ajouter au recueil</translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Déjà dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n article ajouté à «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n articles ajoutés à «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>New Bundle…</source>
        <translation>Nouveau recueil…</translation>
    </message>
    <message>
        <source>Made a new bundle; rename it on the Bundles page (F2).</source>
        <translation>Nouveau recueil créé&#x202f;; renommez-le sur la page Recueils (F2).</translation>
    </message>
    <message>
        <source>Deleted the bundle “%1”. Undo brings it back.</source>
        <translation>Recueil «&#xa0;%1&#xa0;» supprimé. Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Section heading:</source>
        <translation>Intitulé de la section&#xa0;:</translation>
    </message>
    <message>
        <source>Fill from Saved Search</source>
        <translation>Remplir depuis la recherche enregistrée</translation>
    </message>
    <message>
        <source>Type a search first, as in the article list, e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>Saisissez d’abord une recherche, comme dans la liste des articles, p. ex. topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>The saved search could not be run: %1</source>
        <translation>La recherche enregistrée n’a pas pu être exécutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved search finds no articles.</source>
        <translation>La recherche enregistrée ne trouve aucun article.</translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
        <translation>Ima&amp;ges</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Cli</name>
    <message>
        <source>The title readers see (the name when not given).</source>
        <translation>Le titre que voient les lecteurs (à défaut, le nom).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The curator&apos;s introduction, plain text.</source>
        <translation>L’introduction du curateur, en texte brut.</translation>
    </message>
    <message>
        <source>The saved search that fills the bundle, as typed in the window, e.g. &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</source>
        <translation>La recherche enregistrée qui remplit le recueil, telle que saisie dans la fenêtre, p. ex. &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</translation>
    </message>
    <message>
        <source>What exports carry besides the articles: a comma-separated list of topics, comments (approved ones only), images, source-links, or none.</source>
        <translation>Ce que les exportations contiennent en plus des articles&#xa0;: une liste, séparée par des virgules, parmi topics (thèmes), comments (commentaires approuvés uniquement), images, source-links (liens vers les sources) ou none (rien).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>--include takes topics, comments, images, source-links or none, separated by commas.</source>
        <translation>--include accepte topics, comments, images, source-links ou none, séparés par des virgules.</translation>
    </message>
    <message>
        <source>NAME [--title T] [--intro TEXT] [--search S]</source>
        <translation>NOM [--title T] [--intro TEXTE] [--search S]</translation>
    </message>
    <message>
        <source>Create an empty bundle. Its name is how commands find it.</source>
        <translation>Créer un recueil vide. Les commandes le retrouvent par son nom.</translation>
    </message>
    <message>
        <source>bundle create takes one name (quote it if it has spaces).</source>
        <translation>bundle create attend un seul nom (mettez-le entre guillemets s’il contient des espaces).</translation>
    </message>
    <message>
        <source>Created bundle “%1”.</source>
        <translation>Recueil «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Give the bundle a new name.</source>
        <translation>Donner un nouveau nom au recueil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]</source>
        <translation>NOM [--rename NOUVEAU] [--title T] [--intro TEXTE] [--search S] [--include LISTE]</translation>
    </message>
    <message>
        <source>Change a bundle&apos;s name, title, introduction, saved search or what its exports include.</source>
        <translation>Modifier le nom, le titre, l’introduction ou la recherche enregistrée d’un recueil, ou ce que contiennent ses exportations.</translation>
    </message>
    <message>
        <source>bundle set takes the bundle&apos;s name and options.</source>
        <translation>bundle set attend le nom du recueil et des options.</translation>
    </message>
    <message>
        <source>Saved bundle “%1”.</source>
        <translation>Recueil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>NAME ID...</source>
        <translation>NOM ID...</translation>
    </message>
    <message>
        <source>Add articles to the end of a bundle; articles already in it stay where they are.</source>
        <translation>Ajouter des articles à la fin d’un recueil&#x202f;; les articles qui y figurent déjà restent à leur place.</translation>
    </message>
    <message>
        <source>bundle add takes the bundle&apos;s name and article ids.</source>
        <translation>bundle add attend le nom du recueil et des identifiants d’articles.</translation>
    </message>
    <message>
        <source>Article %1 is in the trash; restore it first.</source>
        <translation>L’article %1 est dans la corbeille&#x202f;; restaurez-le d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n article ajouté à «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n articles ajoutés à «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill from this search and save it with the bundle.</source>
        <translation>Remplir à partir de cette recherche et l’enregistrer avec le recueil.</translation>
    </message>
    <message>
        <source>At most this many articles (default 1000).</source>
        <translation>Nombre maximal d’articles (1000 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NAME [--search S] [--limit N]</source>
        <translation>NOM [--search S] [--limit N]</translation>
    </message>
    <message>
        <source>Add the articles the bundle&apos;s saved search finds, newest first, after those already in it.</source>
        <translation>Ajouter les articles trouvés par la recherche enregistrée du recueil, du plus récent au plus ancien, après ceux qu’il contient déjà.</translation>
    </message>
    <message>
        <source>bundle fill takes the bundle&apos;s name.</source>
        <translation>bundle fill attend le nom du recueil.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>Take articles out of a bundle (they stay in the library).</source>
        <translation>Retirer des articles d’un recueil (ils restent dans la bibliothèque).</translation>
    </message>
    <message>
        <source>bundle remove takes the bundle&apos;s name and article ids.</source>
        <translation>bundle remove attend le nom du recueil et des identifiants d’articles.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from “%1”.</source>
        <translation>
            <numerusform>%n article retiré de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n articles retirés de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the section before this article.</source>
        <translation>Placer la section avant cet article.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>NAME HEADING [--before ID]</source>
        <translation>NOM INTITULÉ [--before ID]</translation>
    </message>
    <message>
        <source>Add a section heading that groups the articles after it; at the end unless --before names an article.</source>
        <translation>Ajouter un intitulé de section qui regroupe les articles suivants&#x202f;; à la fin, sauf si --before désigne un article.</translation>
    </message>
    <message>
        <source>bundle section takes the bundle&apos;s name and the heading.</source>
        <translation>bundle section attend le nom du recueil et l’intitulé.</translation>
    </message>
    <message>
        <source>Article %1 is not in “%2”.</source>
        <translation>L’article %1 n’est pas dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Added the section.</source>
        <translation>Section ajoutée.</translation>
    </message>
    <message>
        <source>NAME ID TEXT</source>
        <translation>NOM ID TEXTE</translation>
    </message>
    <message>
        <source>Set the curator&apos;s words on an article of the bundle (empty text removes them).</source>
        <translation>Définir le texte du curateur sur un article du recueil (un texte vide le supprime).</translation>
    </message>
    <message>
        <source>bundle blurb takes the bundle&apos;s name, an article id and the text.</source>
        <translation>bundle blurb attend le nom du recueil, un identifiant d’article et le texte.</translation>
    </message>
    <message>
        <source>Saved the blurb.</source>
        <translation>Accroche enregistrée.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Delete a bundle; its articles stay in the library.</source>
        <translation>Supprimer un recueil&#x202f;; ses articles restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>bundle delete takes the bundle&apos;s name.</source>
        <translation>bundle delete attend le nom du recueil.</translation>
    </message>
    <message>
        <source>Deleted bundle “%1”.</source>
        <translation>Recueil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>List the library&apos;s bundles by name.</source>
        <translation>Lister les recueils de la bibliothèque par nom.</translation>
    </message>
    <message>
        <source>bundle list takes no arguments.</source>
        <translation>bundle list n’accepte aucun argument.</translation>
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
        <translation>Aucun recueil pour l’instant&#x202f;; `bundle create NOM` en crée un.</translation>
    </message>
    <message>
        <source>NAME [--json]</source>
        <translation>NOM [--json]</translation>
    </message>
    <message>
        <source>Show a bundle: its title, introduction, options and entries in order.</source>
        <translation>Afficher un recueil&#xa0;: son titre, son introduction, ses options et ses éléments dans l’ordre.</translation>
    </message>
    <message>
        <source>bundle show takes the bundle&apos;s name.</source>
        <translation>bundle show attend le nom du recueil.</translation>
    </message>
    <message>
        <source> (in the trash: left out of exports)</source>
        <translation> (dans la corbeille&#xa0;: exclu des exportations)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Recherche enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Inclut&#xa0;: %1</translation>
    </message>
    <message>
        <source>PDF export needs the newsdesk program (it prints with Qt WebEngine), and it was not found next to newsdesk-cli or on PATH.</source>
        <translation>L’exportation PDF nécessite le programme newsdesk (qui imprime avec Qt WebEngine), introuvable à côté de newsdesk-cli comme dans le PATH.</translation>
    </message>
    <message>
        <source>Printing the PDF failed: %1</source>
        <translation>L’impression du PDF a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>«&#xa0;%1&#xa0;» exporté vers %2.</translation>
    </message>
    <message>
        <source>Make and change bundles: named, ordered selections of articles with the curator&apos;s words, which `export --bundle NAME` publishes. `bundle ACTION --help` tells more.</source>
        <translation>Créer et modifier des recueils&#xa0;: des sélections d’articles nommées et ordonnées, accompagnées du texte du curateur, que `export --bundle NOM` publie. `bundle ACTION --help` en dit plus.</translation>
    </message>
    <message>
        <source>bundle needs an action: create, set, add, fill, remove, section, blurb, delete, list or show.</source>
        <translation>bundle attend une action&#xa0;: create, set, add, fill, remove, section, blurb, delete, list ou show.</translation>
    </message>
    <message>
        <source>“%1” is not a bundle action.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une action de la commande bundle.</translation>
    </message>
    <message>
        <source>The bundle to export.</source>
        <translation>Le recueil à exporter.</translation>
    </message>
    <message>
        <source>html (a folder site), html-single, json, atom, rss or pdf.</source>
        <translation>html (site dans un dossier), html-single, json, atom, rss ou pdf.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file, or for html the folder, to write.</source>
        <translation>Le fichier à écrire (pour html, le dossier).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Replace output that is already there.</source>
        <translation>Remplacer la sortie si elle existe déjà.</translation>
    </message>
    <message>
        <source>Leave the articles&apos; kept images out of HTML exports.</source>
        <translation>Exclure des exportations HTML les images conservées des articles.</translation>
    </message>
    <message>
        <source>A template folder for the HTML (the built-in one otherwise).</source>
        <translation>Un dossier de modèles pour le HTML (sinon, le modèle intégré).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>A4 or Letter, for pdf.</source>
        <translation>A4 ou Letter, pour pdf.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>--bundle NAME --format html|html-single|json|atom|rss|pdf --out PATH [--force]</source>
        <translation>--bundle NOM --format html|html-single|json|atom|rss|pdf --out CHEMIN [--force]</translation>
    </message>
    <message>
        <source>Publish a bundle. Files are replaced only once complete; output that is already there is kept unless --force is given.</source>
        <translation>Publier un recueil. Les fichiers ne sont remplacés qu’une fois complets&#x202f;; une sortie existante est conservée, sauf si --force est indiqué.</translation>
    </message>
    <message>
        <source>export takes only options.</source>
        <translation>export n’accepte que des options.</translation>
    </message>
    <message>
        <source>export needs --bundle NAME and --out PATH.</source>
        <translation>export nécessite --bundle NOM et --out CHEMIN.</translation>
    </message>
    <message>
        <source>“%1” is not an export format; use html, html-single, json, atom, rss or pdf.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un format d’exportation&#x202f;; utilisez html, html-single, json, atom, rss ou pdf.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size accepte A4 ou Letter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported “%1” (%n article(s)) to %2.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» (%n article) exporté vers %2.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» (%n articles) exporté vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the library&apos;s path, schema version and counts.</source>
        <translation>Afficher le chemin de la bibliothèque, la version de son schéma et ses statistiques.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info n’accepte aucun argument.</translation>
    </message>
    <message>
        <source>Library: %1
Schema version: %2
Articles: %3
%4In the trash: %5
Comments: %6 (%7 pending)
</source>
        <translation>Bibliothèque&#xa0;: %1
Version du schéma&#xa0;: %2
Articles&#xa0;: %3
%4Dans la corbeille&#xa0;: %5
Commentaires&#xa0;: %6 (%7 en attente)
</translation>
    </message>
    <message>
        <source>Only articles with this status: new, reviewed, selected or rejected.</source>
        <translation>Uniquement les articles ayant ce statut&#xa0;: new, reviewed, selected ou rejected.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; articles (default 100).</source>
        <translation>Lister au plus &lt;n&gt; articles (100 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>List the trash instead.</source>
        <translation>Lister plutôt la corbeille.</translation>
    </message>
    <message>
        <source>List articles, newest first.</source>
        <translation>Lister les articles, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>list takes no arguments; use search to find articles.</source>
        <translation>list n’accepte aucun argument&#x202f;; utilisez search pour trouver des articles.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut&#x202f;; utilisez new, reviewed, selected ou rejected.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show one article with all its fields.</source>
        <translation>Afficher un article avec tous ses champs.</translation>
    </message>
    <message>
        <source>show takes one article id.</source>
        <translation>show attend un identifiant d’article.</translation>
    </message>
    <message>
        <source>Words: %1
</source>
        <translation>Mots&#xa0;: %1
</translation>
    </message>
    <message>
        <source>In the trash since %1
</source>
        <translation>Dans la corbeille depuis le %1
</translation>
    </message>
    <message>
        <source>Topics: %1
</source>
        <translation>Thèmes&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (default 20).</source>
        <translation>Afficher au plus &lt;n&gt; résultats (20 par défaut).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>Full-text search over title, dek, byline and body, best match first. Words must all match; &quot;quoted phrases&quot;, OR and NOT work.</source>
        <translation>Recherche en texte intégral dans le titre, le chapô, la signature et le texte, par pertinence décroissante. Tous les mots doivent correspondre&#x202f;; les &quot;expressions entre guillemets&quot;, OR et NOT sont acceptés.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search attend une requête.</translation>
    </message>
    <message>
        <source>Article %1: changed %2.</source>
        <translation>Article %1&#xa0;: champs modifiés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>ID STATUS</source>
        <translation>ID STATUT</translation>
    </message>
    <message>
        <source>Set an article&apos;s status: new, reviewed, selected or rejected.</source>
        <translation>Définir le statut d’un article&#xa0;: new, reviewed, selected ou rejected.</translation>
    </message>
    <message>
        <source>set-status takes an article id and a status.</source>
        <translation>set-status attend un identifiant d’article et un statut.</translation>
    </message>
    <message>
        <source>ID TEXT</source>
        <translation>ID TEXTE</translation>
    </message>
    <message>
        <source>Set the curator note of an article (an empty TEXT clears it).</source>
        <translation>Définir la note du curateur d’un article (un TEXTE vide l’efface).</translation>
    </message>
    <message>
        <source>note takes an article id and the note&apos;s text.</source>
        <translation>note attend un identifiant d’article et le texte de la note.</translation>
    </message>
    <message>
        <source>ID FIELD=VALUE...</source>
        <translation>ID CHAMP=VALEUR...</translation>
    </message>
    <message>
        <source>Change fields of an article in one step. Fields: %1. Dates are ISO 8601.</source>
        <translation>Modifier des champs d’un article en une seule étape. Champs&#xa0;: %1. Les dates sont au format ISO 8601.</translation>
    </message>
    <message>
        <source>edit takes an article id and at least one FIELD=VALUE.</source>
        <translation>edit attend un identifiant d’article et au moins un CHAMP=VALEUR.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE with a field among: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CHAMP=VALEUR avec un champ parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <source>Bring articles back from the trash.</source>
        <translation>Restaurer des articles depuis la corbeille.</translation>
    </message>
    <message>
        <source>Move articles to the trash; restore brings them back.</source>
        <translation>Placer des articles dans la corbeille&#x202f;; restore les restaure.</translation>
    </message>
    <message>
        <source>Article %1 is not in the trash.</source>
        <translation>L’article %1 n’est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>Article %1 is already in the trash.</source>
        <translation>L’article %1 est déjà dans la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s).</source>
        <translation>
            <numerusform>%n article restauré.</numerusform>
            <numerusform>%n articles restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>%n article placé dans la corbeille.</numerusform>
            <numerusform>%n articles placés dans la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the articles in the trash for good, with their comments and tags.</source>
        <translation>Supprimer définitivement les articles de la corbeille, avec leurs commentaires et leurs étiquettes.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>%n article supprimé définitivement.</numerusform>
            <numerusform>%n articles supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the fictional sample articles and comments to the library.</source>
        <translation>Ajouter à la bibliothèque les articles et commentaires d’exemple fictifs.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>%n article d’exemple ajouté.</numerusform>
            <numerusform>%n articles d’exemple ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Library path, schema version and counts</source>
        <translation>Chemin de la bibliothèque, version du schéma et statistiques</translation>
    </message>
    <message>
        <source>List articles [--status S] [--limit N] [--trash]</source>
        <translation>Lister les articles [--status S] [--limit N] [--trash]</translation>
    </message>
    <message>
        <source>Show one article</source>
        <translation>Afficher un article</translation>
    </message>
    <message>
        <source>Full-text search, best match first</source>
        <translation>Recherche en texte intégral, par pertinence</translation>
    </message>
    <message>
        <source>Set an article&apos;s status</source>
        <translation>Définir le statut d’un article</translation>
    </message>
    <message>
        <source>Set an article&apos;s curator note</source>
        <translation>Définir la note du curateur d’un article</translation>
    </message>
    <message>
        <source>Change fields of an article</source>
        <translation>Modifier des champs d’un article</translation>
    </message>
    <message>
        <source>Move articles to the trash</source>
        <translation>Placer des articles dans la corbeille</translation>
    </message>
    <message>
        <source>Bring articles back from the trash</source>
        <translation>Restaurer des articles depuis la corbeille</translation>
    </message>
    <message>
        <source>Delete the trash for good</source>
        <translation>Vider définitivement la corbeille</translation>
    </message>
    <message>
        <source>Add the sample articles</source>
        <translation>Ajouter les articles d’exemple</translation>
    </message>
    <message>
        <source>Import files, folders, feeds and URLs</source>
        <translation>Importer des fichiers, des dossiers, des flux et des URL</translation>
    </message>
    <message>
        <source>Show, change, export or import the topic tree</source>
        <translation>Afficher, modifier, exporter ou importer l’arborescence des thèmes</translation>
    </message>
    <message>
        <source>Tag an article with topics</source>
        <translation>Étiqueter un article avec des thèmes</translation>
    </message>
    <message>
        <source>Remove topics from an article</source>
        <translation>Retirer des thèmes d’un article</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules [--dry-run]</source>
        <translation>Appliquer les règles des thèmes [--dry-run]</translation>
    </message>
    <message>
        <source>Suggest topics learned from the library&apos;s tags</source>
        <translation>Suggérer des thèmes appris à partir des étiquettes de la bibliothèque</translation>
    </message>
    <message>
        <source>List, triage or import reader comments</source>
        <translation>Lister, trier ou importer des commentaires de lecteurs</translation>
    </message>
    <message>
        <source>Approve, reject or mark comments as spam</source>
        <translation>Approuver, rejeter ou marquer des commentaires comme spam</translation>
    </message>
    <message>
        <source>Show or change moderation settings, print the log</source>
        <translation>Afficher ou modifier les réglages de modération, afficher le journal</translation>
    </message>
    <message>
        <source>Make and change curated bundles</source>
        <translation>Créer et modifier des recueils</translation>
    </message>
    <message>
        <source>Export a bundle as HTML, JSON, Atom, RSS or PDF</source>
        <translation>Exporter un recueil en HTML, JSON, Atom, RSS ou PDF</translation>
    </message>
    <message>
        <source>Extract articles from files, without a library</source>
        <translation>Extraire des articles de fichiers, sans bibliothèque</translation>
    </message>
    <message>
        <source>Use the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>Utiliser le fichier de bibliothèque &lt;chemin&gt; (par défaut&#xa0;: $NEWSDESK_LIBRARY ou %1).</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>Afficher le résultat en JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>newsdesk-cli: %1</source>
        <translation>newsdesk-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try “newsdesk-cli --help”.</source>
        <translation>Essayez «&#xa0;newsdesk-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>Give at least one article id.</source>
        <translation>Indiquez au moins un identifiant d’article.</translation>
    </message>
    <message>
        <source>“%1” is not an article id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’article.</translation>
    </message>
    <message>
        <source>%1: %2, %3 added, %4 already there, %5 skipped
</source>
        <translation>%1&#xa0;: %2, %3 ajouté(s), %4 déjà présent(s), %5 ignoré(s)
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  %1 ignoré&#xa0;: %2
</translation>
    </message>
    <message>
        <source>  issue: %1
</source>
        <translation>  problème&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Attach comments whose file names no article (the YouTube Spam Collection, a CSV without article_url or article_id) to the article with this id.</source>
        <translation>Rattacher à l’article portant cet identifiant les commentaires dont le fichier ne désigne aucun article (YouTube Spam Collection, CSV sans article_url ni article_id).</translation>
    </message>
    <message>
        <source>Read the files as %1 instead of recognising the format from their content.</source>
        <translation>Lire les fichiers comme %1 au lieu de reconnaître le format d’après leur contenu.</translation>
    </message>
    <message>
        <source>Take spam labels (the YouTube Spam Collection&apos;s CLASS) as moderation statuses: 1 spam, 0 approved. Without it they are ignored and the comments are pending.</source>
        <translation>Prendre les étiquettes de spam (la colonne CLASS de YouTube Spam Collection) comme statuts de modération&#xa0;: 1 spam, 0 approuvé. Sans cette option, elles sont ignorées et les commentaires restent en attente.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>Import reader comments from WordPress (WXR) or Disqus exports, CSV or JSON files. Each comment goes to its article in the library (by address or id); comments of articles the library does not have are skipped. Importing a file again adds nothing. Exits with 1 when a file could not be imported.</source>
        <translation>Importer des commentaires de lecteurs depuis des exportations WordPress (WXR) ou Disqus, ou depuis des fichiers CSV ou JSON. Chaque commentaire est rattaché à son article dans la bibliothèque (par adresse ou par identifiant)&#x202f;; les commentaires d’articles absents de la bibliothèque sont ignorés. Réimporter un fichier n’ajoute rien. Le code de sortie est 1 si un fichier n’a pas pu être importé.</translation>
    </message>
    <message>
        <source>comments import needs at least one file.</source>
        <translation>comments import attend au moins un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un format de commentaires&#x202f;; utilisez %2.</translation>
    </message>
    <message>
        <source>Read folders with their subfolders.</source>
        <translation>Lire les dossiers avec leurs sous-dossiers.</translation>
    </message>
    <message>
        <source>FILE|FOLDER...</source>
        <translation>FICHIER|DOSSIER...</translation>
    </message>
    <message>
        <source>Extract articles from pages, text files and feeds without touching a library. With --json, prints one JSON object per article, one per line.</source>
        <translation>Extraire des articles de pages, de fichiers texte et de flux sans toucher à une bibliothèque. Avec --json, affiche un objet JSON par article, un par ligne.</translation>
    </message>
    <message>
        <source>extract needs at least one file or folder.</source>
        <translation>extract attend au moins un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)
  Title: %3
  Byline: %4
  Dateline: %5  Agency: %6  Source: %7
  Published: %8  Language: %9
</source>
        <translation>%1 (%2)
  Titre&#xa0;: %3
  Signature&#xa0;: %4
  Lieu et date&#xa0;: %5  Agence&#xa0;: %6  Source&#xa0;: %7
  Publié le&#xa0;: %8  Langue&#xa0;: %9
</translation>
    </message>
    <message>
        <source>  lists %1</source>
        <translation>  référence %1</translation>
    </message>
    <message>
        <source>PATH|URL...</source>
        <translation>CHEMIN|URL...</translation>
    </message>
    <message>
        <source>Import pages, text files, feeds, OPML lists, folders and URLs into the library. Duplicates are skipped; another site&apos;s copy of a story is linked to it. With --json, prints one JSON object per input, one per line.</source>
        <translation>Importer dans la bibliothèque des pages, des fichiers texte, des flux, des listes OPML, des dossiers et des URL. Les doublons sont ignorés&#x202f;; la reprise d’un sujet par un autre site est liée à l’original. Avec --json, affiche un objet JSON par entrée, un par ligne.</translation>
    </message>
    <message>
        <source>import needs at least one file, folder or URL.</source>
        <translation>import attend au moins un fichier, un dossier ou une URL.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3/s, %4 s left)</source>
        <translation>%1 sur %2 (%3/s, reste %4 s)</translation>
    </message>
    <message>
        <source>Only comments with this status: pending, approved, spam or rejected.</source>
        <translation>Uniquement les commentaires ayant ce statut&#xa0;: pending, approved, spam ou rejected.</translation>
    </message>
    <message>
        <source>Only the comments of this article.</source>
        <translation>Uniquement les commentaires de cet article.</translation>
    </message>
    <message>
        <source>Only comments whose author&apos;s name, email or IP address is this.</source>
        <translation>Uniquement les commentaires dont l’auteur a exactement ce nom, cette adresse e-mail ou cette adresse IP.</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; comments (default 100).</source>
        <translation>Lister au plus &lt;n&gt; commentaires (100 par défaut).</translation>
    </message>
    <message>
        <source>[triage | import FILE... | add ARTICLE_ID TEXT]</source>
        <translation>[triage | import FICHIER... | add ID_ARTICLE TEXTE]</translation>
    </message>
    <message>
        <source>List reader comments, newest first. `comments triage` proposes moderation decisions for the pending ones; `comments import` reads comment files.</source>
        <translation>Lister les commentaires des lecteurs, du plus récent au plus ancien. `comments triage` propose des décisions de modération pour ceux qui sont en attente&#x202f;; `comments import` lit des fichiers de commentaires.</translation>
    </message>
    <message>
        <source>“%1” is not a comments action; use triage, import or add.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une action de la commande comments&#x202f;; utilisez triage, import ou add.</translation>
    </message>
    <message>
        <source>“%1” is not a comment status; use pending, approved, spam or rejected.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de commentaire&#x202f;; utilisez pending, approved, spam ou rejected.</translation>
    </message>
    <message>
        <source>Make the proposed decisions (and store the scores), in one step.</source>
        <translation>Appliquer les décisions proposées (et enregistrer les scores), en une seule étape.</translation>
    </message>
    <message>
        <source>[--apply]</source>
        <translation>[--apply]</translation>
    </message>
    <message>
        <source>Propose a status for every pending comment, with the spam filter&apos;s score and the reason: the moderation rules (see `moderation config`), and a spam filter trained on the library&apos;s approved and spam comments. A disallowed key makes spam; then a score at or above spam_threshold; then moderation keys, links, floods, shouting and duplicates keep a comment pending; a known author is approved. Nothing changes without --apply.</source>
        <translation>Proposer un statut pour chaque commentaire en attente, avec le score du filtre antispam et la raison&#xa0;: les règles de modération (voir `moderation config`) et un filtre antispam entraîné sur les commentaires approuvés et les spams de la bibliothèque. Une clé interdite classe le commentaire en spam&#x202f;; ensuite, un score supérieur ou égal à spam_threshold&#x202f;; puis les clés de modération, les liens, les rafales, les majuscules et les doublons maintiennent un commentaire en attente&#x202f;; un auteur connu est approuvé. Rien ne change sans --apply.</translation>
    </message>
    <message>
        <source>comments triage takes no arguments besides --apply.</source>
        <translation>comments triage n’accepte aucun argument en dehors de --apply.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s); rules only: %1</source>
        <translation>
            <numerusform>%n commentaire en attente&#x202f;; règles seules&#xa0;: %1</numerusform>
            <numerusform>%n commentaires en attente&#x202f;; règles seules&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Nothing changed; run with --apply to make these decisions.</source>
        <translation>Rien n’a été modifié&#x202f;; relancez avec --apply pour appliquer ces décisions.</translation>
    </message>
    <message>
        <source>[KEY=VALUE...]</source>
        <translation>[CLÉ=VALEUR...]</translation>
    </message>
    <message>
        <source>Show the library&apos;s moderation settings, or change them: all the given KEY=VALUE pairs or none. Keys: %1. moderation_keys and disallowed_keys take their keys one per line or separated by commas; on/off settings take on or off; shares take a number from 0 to 1.</source>
        <translation>Afficher les réglages de modération de la bibliothèque, ou les modifier&#xa0;: toutes les paires CLÉ=VALEUR indiquées, ou aucune. Clés&#xa0;: %1. moderation_keys et disallowed_keys acceptent leurs clés une par ligne ou séparées par des virgules&#x202f;; les réglages on/off acceptent on ou off&#x202f;; les proportions acceptent un nombre de 0 à 1.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE; the keys are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CLÉ=VALEUR&#x202f;; les clés sont&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>%n réglage enregistré.</numerusform>
            <numerusform>%n réglages enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the log as CSV (RFC 4180, UTF-8).</source>
        <translation>Afficher le journal au format CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Only the decisions about this comment.</source>
        <translation>Uniquement les décisions concernant ce commentaire.</translation>
    </message>
    <message>
        <source>[--json | --csv] [--comment ID]</source>
        <translation>[--json | --csv] [--comment ID]</translation>
    </message>
    <message>
        <source>Print the moderation log, oldest first: when, which comment, who (curator, rules, filter), from which status to which, and why.</source>
        <translation>Afficher le journal de modération, du plus ancien au plus récent&#xa0;: quand, quel commentaire, qui (curateur, règles, filtre), de quel statut à quel statut, et pourquoi.</translation>
    </message>
    <message>
        <source>moderation log takes no arguments besides its options.</source>
        <translation>moderation log n’accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>Indiquez --json ou --csv, pas les deux.</translation>
    </message>
    <message>
        <source>“%1” is not a comment id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de commentaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>The comment&apos;s author (required).</source>
        <translation>L’auteur du commentaire (obligatoire).</translation>
    </message>
    <message>
        <source>The author&apos;s email address.</source>
        <translation>L’adresse e-mail de l’auteur.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Answer this comment, which must be on the same article.</source>
        <translation>Répondre à ce commentaire, qui doit porter sur le même article.</translation>
    </message>
    <message>
        <source>pending, approved (the default: the curator wrote it), spam or rejected.</source>
        <translation>pending, approved (par défaut&#xa0;: c’est le curateur qui l’a écrit), spam ou rejected.</translation>
    </message>
    <message>
        <source>ARTICLE_ID --author NAME TEXT</source>
        <translation>ID_ARTICLE --author NOM TEXTE</translation>
    </message>
    <message>
        <source>Add a comment written by the curator to an article, or as a reply to one of its comments. Words after the article id are the text.</source>
        <translation>Ajouter à un article un commentaire écrit par le curateur, ou une réponse à l’un de ses commentaires. Les mots qui suivent l’identifiant de l’article forment le texte.</translation>
    </message>
    <message>
        <source>comments add takes an article id and the comment&apos;s text.</source>
        <translation>comments add attend un identifiant d’article et le texte du commentaire.</translation>
    </message>
    <message>
        <source>comments add needs --author.</source>
        <translation>comments add nécessite --author.</translation>
    </message>
    <message>
        <source>The comment has no text.</source>
        <translation>Le commentaire n’a pas de texte.</translation>
    </message>
    <message>
        <source>Comment %1 is on article %2, not on article %3.</source>
        <translation>Le commentaire %1 porte sur l’article %2, pas sur l’article %3.</translation>
    </message>
    <message>
        <source>Added comment %1 (%2).
</source>
        <translation>Commentaire %1 ajouté (%2).
</translation>
    </message>
    <message>
        <source>Record &lt;text&gt; as the decision&apos;s reason.</source>
        <translation>Enregistrer &lt;texte&gt; comme raison de la décision.</translation>
    </message>
    <message>
        <source>COMMENT_ID... approve|spam|reject|pending</source>
        <translation>ID_COMMENTAIRE... approve|spam|reject|pending</translation>
    </message>
    <message>
        <source>Decide about comments as the curator: approve them, mark them as spam, reject them or put them back to pending. The decision is logged.</source>
        <translation>Statuer sur des commentaires en tant que curateur&#xa0;: les approuver, les marquer comme spam, les rejeter ou les remettre en attente. La décision est consignée dans le journal.</translation>
    </message>
    <message>
        <source>moderate takes comment ids and then approve, spam, reject or pending.</source>
        <translation>moderate attend des identifiants de commentaires, puis approve, spam, reject ou pending.</translation>
    </message>
    <message>
        <source>“%1” is not a decision; use approve, spam, reject or pending.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une décision&#x202f;; utilisez approve, spam, reject ou pending.</translation>
    </message>
    <message>
        <source>Comment %1: %2 → %3
</source>
        <translation>Commentaire %1&#xa0;: %2 → %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) already had that status.</source>
        <translation>
            <numerusform>%n commentaire avait déjà ce statut.</numerusform>
            <numerusform>%n commentaires avaient déjà ce statut.</numerusform>
        </translation>
    </message>
    <message>
        <source>config [KEY=VALUE...] | log</source>
        <translation>config [CLÉ=VALEUR...] | log</translation>
    </message>
    <message>
        <source>Show or change the moderation settings (`moderation config`), or print the moderation log (`moderation log`).</source>
        <translation>Afficher ou modifier les réglages de modération (`moderation config`), ou afficher le journal de modération (`moderation log`).</translation>
    </message>
    <message>
        <source>moderation needs an action: config or log.</source>
        <translation>moderation attend une action&#xa0;: config ou log.</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action; use config or log.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une action de la commande moderation&#x202f;; utilisez config ou log.</translation>
    </message>
    <message>
        <source>At most this many topics per article (default 5).</source>
        <translation>Nombre maximal de thèmes par article (5 par défaut).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Suggest for every article, tagged or not.</source>
        <translation>Faire des suggestions pour chaque article, étiqueté ou non.</translation>
    </message>
    <message>
        <source>Also list topics under their decision threshold, for ranking.</source>
        <translation>Lister aussi les thèmes sous leur seuil de décision, pour le classement.</translation>
    </message>
    <message>
        <source>[--all | ID...]</source>
        <translation>[--all | ID...]</translation>
    </message>
    <message>
        <source>Suggest topics for articles (by default the ones no curator has tagged; rule tags do not count) from a classifier trained on the library&apos;s confirmed tags and rejections. A topic is suggested when its confidence (0–1) reaches its threshold, tuned on held-back articles of the library.</source>
        <translation>Suggérer des thèmes pour des articles (par défaut, ceux qu’aucun curateur n’a étiquetés&#x202f;; les étiquettes posées par des règles ne comptent pas) à l’aide d’un classifieur entraîné sur les étiquettes confirmées et les rejets de la bibliothèque. Un thème est suggéré lorsque son indice de confiance (0–1) atteint son seuil, ajusté sur des articles de la bibliothèque mis de côté.</translation>
    </message>
    <message>
        <source>Give either --all or article ids, not both.</source>
        <translation>Indiquez soit --all, soit des identifiants d’articles, pas les deux.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>L’article %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>Aucun thème n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no topic “%1”.</source>
        <translation>Le thème «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” names %2 topics; give its path (Parent/Name) or its id.</source>
        <translation>«&#xa0;%1&#xa0;» désigne %2 thèmes&#x202f;; indiquez son chemin (Parent/Nom) ou son identifiant.</translation>
    </message>
    <message>
        <source>Write the taxonomy to &lt;file&gt; instead of printing it; the file is replaced only once the export is complete.</source>
        <translation>Écrire la taxonomie dans &lt;fichier&gt; au lieu de l’afficher&#x202f;; le fichier n’est remplacé qu’une fois l’exportation terminée.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>[--output FILE]</source>
        <translation>[--output FICHIER]</translation>
    </message>
    <message>
        <source>Print the library&apos;s topic taxonomy as JSON (the newsdesk-taxonomy format): every topic with its description, colour, codes and rules, in tree order. `topics import` reads it back into another library.</source>
        <translation>Afficher la taxonomie des thèmes de la bibliothèque en JSON (format newsdesk-taxonomy)&#xa0;: chaque thème avec sa description, sa couleur, ses codes et ses règles, dans l’ordre de l’arborescence. `topics import` la relit dans une autre bibliothèque.</translation>
    </message>
    <message>
        <source>topics export takes no arguments; use --output FILE to write a file.</source>
        <translation>topics export n’accepte aucun argument&#x202f;; utilisez --output FICHIER pour écrire un fichier.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output attend un nom de fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n topic(s) to %1.</source>
        <translation>
            <numerusform>%n thème exporté vers %1.</numerusform>
            <numerusform>%n thèmes exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the topics below &lt;topic&gt; (id, name or path) instead of at the top level.</source>
        <translation>Ajouter les thèmes sous &lt;thème&gt; (identifiant, nom ou chemin) plutôt qu’au premier niveau.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Import the full IPTC Media Topics tree that comes with Newsdesk instead of a file.</source>
        <translation>Importer l’arborescence complète IPTC Media Topics fournie avec Newsdesk au lieu d’un fichier.</translation>
    </message>
    <message>
        <source>FILE | --iptc</source>
        <translation>FICHIER | --iptc</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file written by `topics export`, or with --iptc the full IPTC Media Topics tree. A topic whose name is already there (under the same parent) is kept and only its new subtopics are added, so importing the same file twice adds nothing. The import is one step: if the file is malformed, the library is left unchanged.</source>
        <translation>Ajouter les thèmes d’un fichier de taxonomie écrit par `topics export`, ou, avec --iptc, l’arborescence complète IPTC Media Topics. Un thème dont le nom existe déjà (sous le même parent) est conservé et seuls ses nouveaux sous-thèmes sont ajoutés&#xa0;: importer deux fois le même fichier n’ajoute donc rien. L’importation se fait en une seule étape&#xa0;: si le fichier est mal formé, la bibliothèque reste inchangée.</translation>
    </message>
    <message>
        <source>topics import --iptc takes no file.</source>
        <translation>topics import --iptc n’accepte pas de fichier.</translation>
    </message>
    <message>
        <source>topics import takes one taxonomy file, or --iptc.</source>
        <translation>topics import attend un fichier de taxonomie, ou --iptc.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n topic(s); %1 already in the library.</source>
        <translation>
            <numerusform>%n thème ajouté&#x202f;; %1 déjà dans la bibliothèque.</numerusform>
            <numerusform>%n thèmes ajoutés&#x202f;; %1 déjà dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>With add: the parent topic.</source>
        <translation>Avec add&#xa0;: le thème parent.</translation>
    </message>
    <message>
        <source>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC | export | import FILE]</source>
        <translation>[add NOM | rename THÈME NOM | move THÈME PARENT | merge SOURCE CIBLE | delete THÈME | export | import FICHIER]</translation>
    </message>
    <message>
        <source>Show the topic tree with article counts, or change it. A topic is given by id, name or path (Parent/Name); &quot;-&quot; as PARENT is the top level. Run &quot;topics export --help&quot; and &quot;topics import --help&quot; for exchanging taxonomies as JSON.</source>
        <translation>Afficher l’arborescence des thèmes avec le nombre d’articles, ou la modifier. Un thème est désigné par son identifiant, son nom ou son chemin (Parent/Nom)&#x202f;; &quot;-&quot; comme PARENT désigne le premier niveau. Lancez &quot;topics export --help&quot; et &quot;topics import --help&quot; pour échanger des taxonomies en JSON.</translation>
    </message>
    <message>
        <source>Added topic %1.</source>
        <translation>Thème %1 ajouté.</translation>
    </message>
    <message>
        <source>Renamed topic %1.</source>
        <translation>Thème %1 renommé.</translation>
    </message>
    <message>
        <source>Moved topic %1.</source>
        <translation>Thème %1 déplacé.</translation>
    </message>
    <message>
        <source>Merged topic %1 into %2.</source>
        <translation>Thème %1 fusionné dans %2.</translation>
    </message>
    <message>
        <source>topics takes no arguments, or one of: add NAME, rename TOPIC NAME, move TOPIC PARENT, merge FROM INTO, delete TOPIC, export, import FILE.</source>
        <translation>topics n’accepte aucun argument, ou l’un de ceux-ci&#xa0;: add NOM, rename THÈME NOM, move THÈME PARENT, merge SOURCE CIBLE, delete THÈME, export, import FICHIER.</translation>
    </message>
    <message>
        <source>ID TOPIC...</source>
        <translation>ID THÈME...</translation>
    </message>
    <message>
        <source>Tag an article with topics (by id, name or path).</source>
        <translation>Étiqueter un article avec des thèmes (par identifiant, nom ou chemin).</translation>
    </message>
    <message>
        <source>Remove topics from an article.</source>
        <translation>Retirer des thèmes d’un article.</translation>
    </message>
    <message>
        <source>%1 takes an article id and at least one topic.</source>
        <translation>%1 attend un identifiant d’article et au moins un thème.</translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) added.</source>
        <translation>
            <numerusform>Article %1&#xa0;: %n thème ajouté.</numerusform>
            <numerusform>Article %1&#xa0;: %n thèmes ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) removed.</source>
        <translation>
            <numerusform>Article %1&#xa0;: %n thème retiré.</numerusform>
            <numerusform>Article %1&#xa0;: %n thèmes retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the rules would tag, change nothing.</source>
        <translation>Afficher ce que les règles étiquetteraient, sans rien modifier.</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules to every article in the library.</source>
        <translation>Appliquer les règles des thèmes à tous les articles de la bibliothèque.</translation>
    </message>
    <message>
        <source>rules takes one action: apply.</source>
        <translation>rules attend une action&#xa0;: apply.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be added.</source>
        <translation>
            <numerusform>%n étiquette serait ajoutée.</numerusform>
            <numerusform>%n étiquettes seraient ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>%n étiquette ajoutée.</numerusform>
            <numerusform>%n étiquettes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli [--library PATH] COMMAND [options] [--json]

Curate a Newsdesk library from the command line.

Commands:
</source>
        <translation>Utilisation&#xa0;: newsdesk-cli [--library CHEMIN] COMMANDE [options] [--json]

Gérer une bibliothèque Newsdesk en ligne de commande.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run “newsdesk-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
Lancez «&#xa0;newsdesk-cli COMMANDE --help&#xa0;» pour connaître les options d’une commande.
Codes de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) approved.</source>
        <translation>
            <numerusform>%n commentaire approuvé.</numerusform>
            <numerusform>%n commentaires approuvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) marked as spam.</source>
        <translation>
            <numerusform>%n commentaire marqué comme spam.</numerusform>
            <numerusform>%n commentaires marqués comme spam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) rejected.</source>
        <translation>
            <numerusform>%n commentaire rejeté.</numerusform>
            <numerusform>%n commentaires rejetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) returned to pending.</source>
        <translation>
            <numerusform>%n commentaire remis en attente.</numerusform>
            <numerusform>%n commentaires remis en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n comment(s) added.</source>
        <translation>
            <numerusform>Au total&#xa0;: %n commentaire ajouté.</numerusform>
            <numerusform>Au total&#xa0;: %n commentaires ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n déjà présent.</numerusform>
            <numerusform>%n déjà présents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n ignoré.</numerusform>
            <numerusform>%n ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>Échec pour %n fichier.</numerusform>
            <numerusform>Échec pour %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in all.</source>
        <translation>
            <numerusform>%n commentaire au total.</numerusform>
            <numerusform>%n commentaires au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <extracomment>Follows &quot;%n comment(s) in all.&quot;; %n counts the comments listed.</extracomment>
        <translation>
            <numerusform>%n affiché.</numerusform>
            <numerusform>%n affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s).</source>
        <translation>
            <numerusform>%n commentaire en attente.</numerusform>
            <numerusform>%n commentaires en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>Le filtre antispam a appris à partir de %n commentaire approuvé.</numerusform>
            <numerusform>Le filtre antispam a appris à partir de %n commentaires approuvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>Il a aussi appris à partir de %n commentaire marqué comme spam.</numerusform>
            <numerusform>Il a aussi appris à partir de %n commentaires marqués comme spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam from a score of %1.</source>
        <extracomment>The spam threshold: comments that score %1 or more count as spam.</extracomment>
        <translation>Spam à partir d’un score de %1.</translation>
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
            <numerusform>Le classifieur connaît %n thème.</numerusform>
            <numerusform>Le classifieur connaît %n thèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learned them from %n article(s).</source>
        <extracomment>Follows &quot;The classifier knows %n topic(s).&quot;; %n counts the articles it learned from.</extracomment>
        <translation>
            <numerusform>Il les a appris à partir de %n article.</numerusform>
            <numerusform>Il les a appris à partir de %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation>
            <numerusform>%n thème supprimé.</numerusform>
            <numerusform>%n thèmes supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) went with them.</source>
        <extracomment>Follows &quot;Deleted %n topic(s).&quot;; &quot;them&quot; are the deleted topics, %n counts their tags.</extracomment>
        <translation>
            <numerusform>%n étiquette a été supprimée avec eux.</numerusform>
            <numerusform>%n étiquettes ont été supprimées avec eux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImport</name>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports comment files of up to %3 MB.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mo&#x202f;; Newsdesk importe des fichiers de commentaires de %3 Mo au plus.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un format de commentaires&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a comment file Newsdesk knows: a WordPress export (WXR), a Disqus export, JSON, or CSV with a header row that has a “text” column.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de commentaires reconnu par Newsdesk&#xa0;: exportation WordPress (WXR), exportation Disqus, JSON, ou CSV avec une ligne d’en-tête comportant une colonne «&#xa0;text&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read “%1” as %2: %3</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» comme %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>There is no article %1 in the library; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>La bibliothèque ne contient pas d’article %1&#x202f;; %n commentaire a été ignoré.</numerusform>
            <numerusform>La bibliothèque ne contient pas d’article %1&#x202f;; %n commentaires ont été ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article in the library has the address “%1”; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>Aucun article de la bibliothèque n’a l’adresse «&#xa0;%1&#xa0;»&#x202f;; %n commentaire a été ignoré.</numerusform>
            <numerusform>Aucun article de la bibliothèque n’a l’adresse «&#xa0;%1&#xa0;»&#x202f;; %n commentaires ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>their article is not in the library</source>
        <translation>leur article n’est pas dans la bibliothèque</translation>
    </message>
    <message>
        <source>the same comment appears twice in the file</source>
        <translation>le même commentaire figure deux fois dans le fichier</translation>
    </message>
    <message>
        <source>%1 answers itself; it was imported as a top-level comment.</source>
        <translation>%1 répond à lui-même&#x202f;; il a été importé comme commentaire de premier niveau.</translation>
    </message>
    <message>
        <source>%1 answers “%2”, which is neither in the file nor in the library; it was imported as a top-level comment.</source>
        <translation>%1 répond à «&#xa0;%2&#xa0;», qui ne figure ni dans le fichier ni dans la bibliothèque&#x202f;; il a été importé comme commentaire de premier niveau.</translation>
    </message>
    <message>
        <source>%1 is part of a circle of replies; it was imported as a top-level comment.</source>
        <translation>%1 fait partie d’une boucle de réponses&#x202f;; il a été importé comme commentaire de premier niveau.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImportController</name>
    <message>
        <source>Stop after the file being imported; the files done so far stay</source>
        <translation>Arrêter après le fichier en cours d’importation&#x202f;; les fichiers déjà traités sont conservés</translation>
    </message>
    <message>
        <source>Import Comments</source>
        <translation>Importer des commentaires</translation>
    </message>
    <message>
        <source>Comment files (*.xml *.wxr *.json *.csv);;All files (*)</source>
        <translation>Fichiers de commentaires (*.xml *.wxr *.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing comments…</source>
        <translation>Importation des commentaires…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing comments: file %1 of %2</source>
        <translation>Importation des commentaires&#xa0;: fichier %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 added, %L4 already there, %L5 skipped</source>
        <translation>%1 (%2)&#xa0;: %L3 ajouté(s), %L4 déjà présent(s), %L5 ignoré(s)</translation>
    </message>
    <message>
        <source>    skipped %L1: %2</source>
        <translation>    %L1 ignoré(s)&#xa0;: %2</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added, %L1 already there, %L2 skipped.</source>
        <translation>
            <numerusform>%n commentaire ajouté, %L1 déjà présent(s), %L2 ignoré(s).</numerusform>
            <numerusform>%n commentaires ajoutés, %L1 déjà présent(s), %L2 ignoré(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not reached were left alone.</source>
        <translation>Annulé&#xa0;: les fichiers non traités n’ont pas été touchés.</translation>
    </message>
    <message>
        <source>Comments Imported</source>
        <translation>Commentaires importés</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReader</name>
    <message>
        <source>article %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Le commentaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The comment at %1</source>
        <translation>Le commentaire (%1)</translation>
    </message>
    <message>
        <source>The file declares XML entities, which comment exports never do; it is refused because entities can expand a small file into gigabytes.</source>
        <translation>Le fichier déclare des entités XML, ce que ne font jamais les exportations de commentaires&#x202f;; il est refusé, car des entités peuvent faire gonfler un petit fichier jusqu’à plusieurs gigaoctets.</translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation>Le fichier ne contient aucun élément XML.</translation>
    </message>
    <message>
        <source>The XML ends too early (line %1): the file is incomplete.</source>
        <translation>Le XML se termine trop tôt (ligne %1)&#xa0;: le fichier est incomplet.</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>Le XML est mal formé à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is %2 KiB long; its text was cut to the first 64 KiB.</source>
        <translation>%1 fait %2 Kio&#x202f;; son texte a été tronqué aux 64 premiers Kio.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a moderation status (pending, approved, spam or rejected); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas un statut de modération (pending, approved, spam ou rejected)&#x202f;; %n commentaire ayant ce statut est considéré comme en attente.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas un statut de modération (pending, approved, spam ou rejected)&#x202f;; %n commentaires ayant ce statut sont considérés comme en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more issue(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file names no article for them</source>
        <translation>le fichier ne leur associe aucun article</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>pas de texte</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReadingPane</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Select a comment to read it and its conversation.</source>
        <translation>Sélectionnez un commentaire pour le lire avec sa conversation.</translation>
    </message>
    <message>
        <source>Conversation (%L1)</source>
        <translation>Conversation (%L1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>Score de spam</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier comment(s) not shown</source>
        <translation>
            <numerusform>%n commentaire antérieur non affiché</numerusform>
            <numerusform>%n commentaires antérieurs non affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later comment(s) not shown</source>
        <translation>
            <numerusform>%n commentaire ultérieur non affiché</numerusform>
            <numerusform>%n commentaires ultérieurs non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentRepository</name>
    <message>
        <source>A reply comes before the comment it answers.</source>
        <translation>Une réponse précède le commentaire auquel elle répond.</translation>
    </message>
    <message>
        <source>No comment of article %1 has the id “%2”.</source>
        <translation>Aucun commentaire de l’article %1 n’a l’identifiant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation>Le commentaire %1 n’existe pas.</translation>
    </message>
    <message>
        <source>undone</source>
        <extracomment>The reason the moderation log gives for a decision that was undone.</extracomment>
        <translation>annulation</translation>
    </message>
    <message>
        <source>The comment could not be added.</source>
        <translation>Le commentaire n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The comment could not be looked up.</source>
        <translation>La recherche du commentaire a échoué.</translation>
    </message>
    <message>
        <source>The comments could not be looked up.</source>
        <translation>La recherche des commentaires a échoué.</translation>
    </message>
    <message>
        <source>The comments could not be counted.</source>
        <translation>Les commentaires n’ont pas pu être comptés.</translation>
    </message>
    <message>
        <source>The comment could not be read.</source>
        <translation>Le commentaire n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>Les commentaires n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>La conversation n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The article&apos;s comments could not be read.</source>
        <translation>Les commentaires de l’article n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>La décision n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be changed.</source>
        <translation>Le statut du commentaire n’a pas pu être modifié.</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be restored.</source>
        <translation>Le statut du commentaire n’a pas pu être rétabli.</translation>
    </message>
    <message>
        <source>The spam scores could not be stored.</source>
        <translation>Les scores de spam n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>Le journal de modération n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation>Le commentaire n’a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentText</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateArticle</name>
    <message>
        <source>New article “%1”</source>
        <translation>Nouvel article «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateBundle</name>
    <message>
        <source>New Bundle “%1”</source>
        <translation>Nouveau recueil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Duplicate Bundle “%1”</source>
        <translation>Dupliquer le recueil «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateTopic</name>
    <message>
        <source>New topic “%1”</source>
        <translation>Nouveau thème «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CsvCommentReader</name>
    <message>
        <source>the quoted field opened on line %1 is never closed.</source>
        <translation>le champ entre guillemets ouvert à la ligne %1 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a field.</source>
        <translation>ligne %1&#xa0;: du texte suit le guillemet fermant d’un champ.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The first row of the file is not a header Newsdesk knows: it needs a “text” column (or “CONTENT”, as in the YouTube Spam Collection).</source>
        <translation>La première ligne du fichier n’est pas un en-tête reconnu par Newsdesk&#xa0;: il lui faut une colonne «&#xa0;text&#xa0;» (ou «&#xa0;CONTENT&#xa0;», comme dans YouTube Spam Collection).</translation>
    </message>
    <message>
        <source>CSV (YouTube Spam Collection)</source>
        <translation>CSV (YouTube Spam Collection)</translation>
    </message>
    <message>
        <source>A YouTube Spam Collection file names no article: give the article its comments belong to (--article ID).</source>
        <translation>Un fichier YouTube Spam Collection ne désigne aucun article&#xa0;: indiquez l’article auquel appartiennent ses commentaires (--article ID).</translation>
    </message>
    <message>
        <source>The file names no article for its comments (no article_url or article_id column): give the article they belong to (--article ID).</source>
        <translation>Le fichier ne désigne aucun article pour ses commentaires (pas de colonne article_url ni article_id)&#xa0;: indiquez l’article auquel ils appartiennent (--article ID).</translation>
    </message>
    <message numerus="yes">
        <source>Ignored the column(s) %1, which Newsdesk does not import.</source>
        <translation>
            <numerusform>Newsdesk n’importe pas la colonne %1&#x202f;; elle a été ignorée.</numerusform>
            <numerusform>Newsdesk n’importe pas les colonnes %1&#x202f;; elles ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CLASS column is a spam label from a data set, not a moderation decision: the comments are left pending (take it as their status with --labels-as-status).</source>
        <translation>La colonne CLASS est une étiquette de spam issue d’un jeu de données, pas une décision de modération&#xa0;: les commentaires restent en attente (pour l’utiliser comme statut, ajoutez --labels-as-status).</translation>
    </message>
    <message>
        <source>the row does not have as many fields as the header</source>
        <translation>la ligne n’a pas autant de champs que l’en-tête</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id n’est pas un nombre</translation>
    </message>
    <message>
        <source>The CSV file is malformed: %1</source>
        <translation>Le fichier CSV est mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un identifiant d’article&#x202f;; le commentaire a été ignoré.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a CLASS label (1 or 0); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas une étiquette CLASS (1 ou 0)&#x202f;; %n commentaire portant cette valeur est considéré comme en attente.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas une étiquette CLASS (1 ou 0)&#x202f;; %n commentaires portant cette valeur sont considérés comme en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no article and were skipped.</source>
        <translation>
            <numerusform>%n ligne ne désigne aucun article et a été ignorée.</numerusform>
            <numerusform>%n lignes ne désignent aucun article et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had a posted_at that is not an ISO 8601 date (the first on line %1); they were imported without a date.</source>
        <translation>
            <numerusform>%n ligne avait un posted_at qui n’est pas une date ISO 8601 (ligne %1)&#x202f;; elle a été importée sans date.</numerusform>
            <numerusform>%n lignes avaient un posted_at qui n’est pas une date ISO 8601 (la première à la ligne %1)&#x202f;; elles ont été importées sans date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n adresse d’auteur qui n’était pas un lien http(s) a été omise.</numerusform>
            <numerusform>%n adresses d’auteur qui n’étaient pas des liens http(s) ont été omises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the header has %2; it was skipped.</source>
        <translation>
            <numerusform>La ligne %1 compte %n champ alors que l’en-tête en compte %2&#x202f;; elle a été ignorée.</numerusform>
            <numerusform>La ligne %1 compte %n champs alors que l’en-tête en compte %2&#x202f;; elle a été ignorée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteBundle</name>
    <message>
        <source>Delete Bundle “%1”</source>
        <translation>Supprimer le recueil «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteTopic</name>
    <message>
        <source>Delete topic “%1”</source>
        <translation>Supprimer le thème «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DisqusCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Disqus export</source>
        <translation>Exportation Disqus</translation>
    </message>
    <message>
        <source>This is not a Disqus export: its root element is &lt;%1&gt;, not &lt;disqus&gt;.</source>
        <translation>Ce n’est pas une exportation Disqus&#xa0;: son élément racine est &lt;%1&gt;, et non &lt;disqus&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) belong to the thread “%1”, which is not in the file (or has no &lt;link&gt;).</source>
        <translation>
            <numerusform>%n message appartient au fil «&#xa0;%1&#xa0;», absent du fichier (ou sans &lt;link&gt;).</numerusform>
            <numerusform>%n messages appartiennent au fil «&#xa0;%1&#xa0;», absent du fichier (ou sans &lt;link&gt;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n message avait une date invalide&#x202f;; il a été importé sans date.</numerusform>
            <numerusform>%n messages avaient une date invalide&#x202f;; ils ont été importés sans date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n adresse d’auteur qui n’était pas un lien http(s) a été omise.</numerusform>
            <numerusform>%n adresses d’auteur qui n’étaient pas des liens http(s) ont été omises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DroppedInputs</name>
    <message>
        <source>dropped HTML</source>
        <translation>HTML déposé</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>texte déposé</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleBlurb</name>
    <message>
        <source>Edit Blurb</source>
        <translation>Modifier l’accroche</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleDetails</name>
    <message>
        <source>Edit Bundle “%1”</source>
        <translation>Modifier le recueil «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditTopic</name>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>Renommer le thème «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Change topic “%1”</source>
        <translation>Modifier le thème «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EmptyLibraryBanner</name>
    <message>
        <source>This library is empty. Import articles, write one (Ctrl+N), or start with a dozen fictional sample articles to try Newsdesk out.</source>
        <translation>Cette bibliothèque est vide. Importez des articles, rédigez-en un (Ctrl+N) ou commencez avec une douzaine d’articles d’exemple fictifs pour découvrir Newsdesk.</translation>
    </message>
    <message>
        <source>Load &amp;Sample Articles</source>
        <translation>Charger les articles d’&amp;exemple</translation>
    </message>
    <message>
        <source>No, Thanks</source>
        <translation>Non merci</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportOutput</name>
    <message>
        <source>No output path was given.</source>
        <translation>Aucun chemin de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or confirm replacing it (--force on the command line).</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom ou confirmez son remplacement (--force en ligne de commande).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot create a working folder beside “%1”: %2</source>
        <translation>Impossible de créer un dossier de travail à côté de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>Impossible de créer le dossier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation>L’exportation a été annulée&#x202f;; «&#xa0;%1&#xa0;» n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside: %2</source>
        <translation>Impossible de mettre «&#xa0;%1&#xa0;» de côté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside.</source>
        <translation>Impossible de mettre «&#xa0;%1&#xa0;» de côté.</translation>
    </message>
    <message>
        <source>Cannot move the new export into “%1”.</source>
        <translation>Impossible de placer la nouvelle exportation dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedImporter</name>
    <message>
        <source>The link “%1” was ignored: it is not an absolute web address.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» a été ignoré&#xa0;: ce n’est pas une adresse web absolue.</translation>
    </message>
    <message>
        <source>The date “%1” could not be read; the article has no date.</source>
        <translation>La date «&#xa0;%1&#xa0;» est illisible&#x202f;; l’article n’a pas de date.</translation>
    </message>
    <message>
        <source>Item %1 has neither a title nor any content; it was skipped.</source>
        <translation>L’élément %1 n’a ni titre ni contenu&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation>Le flux ne contient aucun élément.</translation>
    </message>
    <message>
        <source>This is not an RSS feed: its root element is &lt;%1&gt;.</source>
        <translation>Ce n’est pas un flux RSS&#xa0;: son élément racine est &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The RSS feed has no &lt;channel&gt;.</source>
        <translation>Le flux RSS n’a pas de &lt;channel&gt;.</translation>
    </message>
    <message>
        <source>This is not an RSS 1.0 feed: its root element is &lt;%1&gt;.</source>
        <translation>Ce n’est pas un flux RSS 1.0&#xa0;: son élément racine est &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The RSS 1.0 feed has no &lt;channel&gt;.</source>
        <translation>Le flux RSS 1.0 n’a pas de &lt;channel&gt;.</translation>
    </message>
    <message>
        <source>This is not an Atom feed: its root element is &lt;%1&gt;.</source>
        <translation>Ce n’est pas un flux Atom&#xa0;: son élément racine est &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: the document is not a JSON object.</source>
        <translation>Ce n’est pas un JSON Feed&#xa0;: le document n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The JSON Feed is not valid JSON (at byte %1): %2</source>
        <translation>Le JSON Feed n’est pas du JSON valide (à l’octet %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: it has no jsonfeed.org “version”.</source>
        <translation>Ce n’est pas un JSON Feed&#xa0;: il n’a pas de «&#xa0;version&#xa0;» jsonfeed.org.</translation>
    </message>
    <message>
        <source>The JSON Feed has no “items” list.</source>
        <translation>Le JSON Feed n’a pas de liste «&#xa0;items&#xa0;».</translation>
    </message>
    <message>
        <source>JSON Feed version “%1” is unknown; the feed was read as version 1.1.</source>
        <translation>La version «&#xa0;%1&#xa0;» de JSON Feed est inconnue&#x202f;; le flux a été lu comme version 1.1.</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object; it was skipped.</source>
        <translation>L’élément %1 n’est pas un objet JSON&#x202f;; il a été ignoré.</translation>
    </message>
    <message numerus="yes">
        <source>The feed has %n item(s); Newsdesk reads the first %1 of a feed.</source>
        <translation>
            <numerusform>Le flux contient %n élément&#x202f;; Newsdesk lit les %1 premiers éléments d’un flux.</numerusform>
            <numerusform>Le flux contient %n éléments&#x202f;; Newsdesk lit les %1 premiers éléments d’un flux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedXml</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The declared charset “%1” is unknown; it was ignored.</source>
        <translation>Le jeu de caractères déclaré «&#xa0;%1&#xa0;» est inconnu&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The document is not valid UTF-8 and names no other charset; it was read as Windows-1252.</source>
        <translation>Le document n’est pas de l’UTF-8 valide et n’indique aucun autre jeu de caractères&#x202f;; il a été lu comme Windows-1252.</translation>
    </message>
    <message>
        <source>The document declares entities that would expand to more than %L1 characters (an “entity bomb”); it was not read.</source>
        <translation>Le document déclare des entités qui produiraient plus de %L1 caractères (une «&#xa0;bombe d’entités&#xa0;»)&#x202f;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep (line %2); it was not read.</source>
        <translation>Le document imbrique des éléments sur plus de %1 niveaux (ligne %2)&#x202f;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation>Le document n’est pas du XML bien formé (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>Le document n’a pas d’élément racine.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlDocument</name>
    <message>
        <source>The page is too large to read.</source>
        <translation>La page est trop volumineuse pour être lue.</translation>
    </message>
    <message>
        <source>The page holds no HTML that can be read.</source>
        <translation>La page ne contient aucun HTML lisible.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlImporter</name>
    <message>
        <source>web page</source>
        <translation>page web</translation>
    </message>
    <message>
        <source>“%1” holds no article that could be read.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun article lisible.</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>Aucun texte d’article n’a été trouvé sur la page.</translation>
    </message>
    <message>
        <source>web page (MHTML)</source>
        <translation>page web (MHTML)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportController</name>
    <message>
        <source>Stop the import; what was imported so far stays</source>
        <translation>Arrêter l’importation&#x202f;; ce qui a déjà été importé est conservé</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Importing %1 of %2 · %3/s · %4 left</source>
        <translation>Importation %1 sur %2 · %3/s · reste %4</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportFormats</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports files of up to %3 MB.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 Mo&#x202f;; Newsdesk importe des fichiers de %3 Mo au plus.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB Newsdesk imports.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse la taille maximale de %2 Mo que Newsdesk importe.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not a page, feed or text.</source>
        <translation>«&#xa0;%1&#xa0;» semble être un fichier binaire, et non une page, un flux ou du texte.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Show inputs that were imported without problems</source>
        <translation>Afficher les entrées importées sans problème</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>another site&apos;s copy of article %1</source>
        <translation>reprise de l’article %1 par un autre site</translation>
    </message>
    <message>
        <source>already in the library as article %1</source>
        <translation>déjà dans la bibliothèque (article %1)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportText</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The folder holds no pages, text files or feeds.</source>
        <translation>Le dossier ne contient ni pages, ni fichiers texte, ni flux.</translation>
    </message>
    <message>
        <source>Topic rules were not applied: %1</source>
        <translation>Les règles des thèmes n’ont pas été appliquées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No articles were found in it.</source>
        <translation>Aucun article n’y a été trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) linked to a story already here from another site.</source>
        <translation>
            <numerusform>%n article d’un autre site rattaché à un sujet déjà présent.</numerusform>
            <numerusform>%n articles d’autres sites rattachés à des sujets déjà présents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) failed.</source>
        <translation>
            <numerusform>%n entrée a échoué.</numerusform>
            <numerusform>%n entrées ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already in the library.</source>
        <translation>
            <numerusform>%n article déjà dans la bibliothèque.</numerusform>
            <numerusform>%n articles déjà dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was added as “%1” because its name was taken.</source>
        <translation>Le recueil a été ajouté sous le nom «&#xa0;%1&#xa0;», car son nom était déjà pris.</translation>
    </message>
    <message>
        <source>The bundle “%1” was added.</source>
        <translation>Le recueil «&#xa0;%1&#xa0;» a été ajouté.</translation>
    </message>
    <message>
        <source>Already in the library as article %1.</source>
        <translation>Déjà dans la bibliothèque en tant qu’article %1.</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>An input of an import failed; %1 is the reason, a whole sentence.</extracomment>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportTopics</name>
    <message>
        <source>Import topics from “%1”</source>
        <translation>Importer les thèmes de «&#xa0;%1&#xa0;»</translation>
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
        <translation>Le JSON est mal formé à la ligne %1 (caractère %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The JSON is not a list of comments: Newsdesk reads an array of comment objects, or an object whose “comments” is one.</source>
        <translation>Le JSON n’est pas une liste de commentaires&#xa0;: Newsdesk lit un tableau d’objets commentaires, ou un objet dont le champ «&#xa0;comments&#xa0;» en est un.</translation>
    </message>
    <message>
        <source>not a comment object</source>
        <translation>pas un objet commentaire</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id n’est pas un nombre</translation>
    </message>
    <message>
        <source>comment %1 of the list</source>
        <translation>commentaire %1 de la liste</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object; it was skipped.</source>
        <translation>L’élément %1 de la liste n’est pas un objet&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>Élément %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un identifiant d’article&#x202f;; le commentaire a été ignoré.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) name no article (article_id or article_url) and were skipped.</source>
        <translation>
            <numerusform>%n commentaire ne désigne aucun article (article_id ou article_url) et a été ignoré.</numerusform>
            <numerusform>%n commentaires ne désignent aucun article (article_id ou article_url) et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a posted_at that is not an ISO 8601 date; they were imported without a date.</source>
        <translation>
            <numerusform>%n commentaire avait un posted_at qui n’est pas une date ISO 8601&#x202f;; il a été importé sans date.</numerusform>
            <numerusform>%n commentaires avaient un posted_at qui n’est pas une date ISO 8601&#x202f;; ils ont été importés sans date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n adresse d’auteur qui n’était pas un lien http(s) a été omise.</numerusform>
            <numerusform>%n adresses d’auteur qui n’étaient pas des liens http(s) ont été omises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::KeepStoryCopyApart</name>
    <message>
        <source>Keep stories apart</source>
        <translation>Garder les sujets séparés</translation>
    </message>
    <message>
        <source>Link stories again</source>
        <translation>Relier de nouveau les sujets</translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryText</name>
    <message>
        <source>“%1” was saved by a newer version of Newsdesk (library version %2); this version reads library versions up to %3. The file was left unchanged; open it with a newer Newsdesk.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Newsdesk (version de bibliothèque %2)&#x202f;; cette version lit les bibliothèques jusqu’à la version %3. Le fichier n’a pas été modifié&#x202f;; ouvrez-le avec une version plus récente de Newsdesk.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program.</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Newsdesk library (%2). The file was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou n’est pas une bibliothèque Newsdesk (%2). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This build knows library version %1 but its schema steps stop at %2.</source>
        <translation>Cette version connaît la version de bibliothèque %1, mais ses étapes de schéma s’arrêtent à %2.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a library file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Newsdesk library. The file was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une bibliothèque Newsdesk. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Newsdesk library. The file was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite d’un autre programme, pas une bibliothèque Newsdesk. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). The file was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that did not let go within %2 seconds. Close it and try again.</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé par un autre programme, qui ne l’a pas libéré en %2 secondes. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Could not back up the library to “%1” before upgrading it.</source>
        <translation>Impossible de sauvegarder la bibliothèque dans «&#xa0;%1&#xa0;» avant sa mise à niveau.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>Le pilote SQLite n’expose pas sa connexion.</translation>
    </message>
    <message>
        <source>Could not upgrade the library: %1</source>
        <translation>Impossible de mettre à niveau la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema step %1 is missing; the library was not changed.</source>
        <translation>L’étape de schéma %1 est manquante&#x202f;; la bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Upgrading the library to version %1 failed, so it was left at version %2: %3</source>
        <translation>La mise à niveau de la bibliothèque vers la version %1 a échoué&#x202f;; elle est restée à la version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The bundle could not be saved.&quot;); %2 is SQLite&apos;s own error message, which stays in English.</extracomment>
        <translation>%1 (SQLite&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The library could not be prepared.</source>
        <translation>La bibliothèque n’a pas pu être préparée.</translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation>Une transaction n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>La modification n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>A savepoint could not be started.</source>
        <translation>Un point de sauvegarde (savepoint) n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be read.</source>
        <translation>Les réglages de la bibliothèque n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be saved.</source>
        <translation>Les réglages de la bibliothèque n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The action could not be recorded.</source>
        <translation>L’action n’a pas pu être consignée.</translation>
    </message>
    <message>
        <source>%1 Another program (newsdesk-cli, for example) was writing to the library and did not finish in time. Try again when it has finished.</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The change could not be saved.&quot;).</extracomment>
        <translation>%1 Un autre programme (newsdesk-cli, par exemple) écrivait dans la bibliothèque et n’a pas terminé à temps. Réessayez quand il aura terminé.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MainWindow</name>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Bibliothèques Newsdesk (*.sqlite *.newsdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Search titles, deks, bylines and text</source>
        <translation>Rechercher dans les titres, chapôs, signatures et textes</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>Afficher les articles de tous les thèmes</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Nouvelle &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Rédiger un nouvel article</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>&amp;Coller comme nouvel article</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import saved pages, text files, feeds and OPML lists</source>
        <translation>Importer des pages enregistrées, des fichiers texte, des flux et des listes OPML</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation>Importer depuis une adresse &amp;web…</translation>
    </message>
    <message>
        <source>Import from Clip&amp;board</source>
        <translation>Importer depuis le press&amp;e-papiers</translation>
    </message>
    <message>
        <source>Import the files, web addresses, HTML or text on the clipboard</source>
        <translation>Importer les fichiers, adresses web, HTML ou texte présents dans le presse-papiers</translation>
    </message>
    <message>
        <source>Show Import &amp;Report</source>
        <translation>Afficher le r&amp;apport d’importation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Placer dans la &amp;corbeille</translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation>R&amp;estaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Quick Tag…</source>
        <translation>Étiquetage &amp;rapide…</translation>
    </message>
    <message>
        <source>Tag the selected articles by typing a topic&apos;s name (T)</source>
        <translation>Étiqueter les articles sélectionnés en tapant le nom d’un thème (T)</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Topic</source>
        <translation>&amp;Accepter le thème suggéré</translation>
    </message>
    <message>
        <source>Tag the article with the first suggested topic (Y)</source>
        <translation>Étiqueter l’article avec le premier thème suggéré (Y)</translation>
    </message>
    <message>
        <source>&amp;Reject Suggested Topic</source>
        <translation>Re&amp;jeter le thème suggéré</translation>
    </message>
    <message>
        <source>Turn down the first suggested topic; it is not suggested again (N)</source>
        <translation>Refuser le premier thème suggéré&#x202f;; il ne sera plus suggéré (N)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>Show the articles (%1)</source>
        <translation>Afficher les articles (%1)</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Modération</translation>
    </message>
    <message>
        <source>Show the comments waiting for moderation (%1)</source>
        <translation>Afficher les commentaires en attente de modération (%1)</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Recueils</translation>
    </message>
    <message>
        <source>Show the bundles, their editor and preview (%1)</source>
        <translation>Afficher les recueils, leur éditeur et leur aperçu (%1)</translation>
    </message>
    <message>
        <source>&amp;Moderate This Article&apos;s Comments</source>
        <translation>&amp;Modérer les commentaires de cet article</translation>
    </message>
    <message>
        <source>Show every comment on this article in the moderation queue</source>
        <translation>Afficher tous les commentaires de cet article dans la file de modération</translation>
    </message>
    <message>
        <source>New &amp;Comment…</source>
        <translation>Nouveau &amp;commentaire…</translation>
    </message>
    <message>
        <source>Write a comment of your own on this article</source>
        <translation>Rédiger votre propre commentaire sur cet article</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>À &amp;propos de Newsdesk</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>À propos de Newsdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Import, tag, moderate and export news articles.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Importer, étiqueter, modérer et exporter des articles d’actualité.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bibliothèques &amp;récentes</translation>
    </message>
    <message>
        <source>Topic &amp;Taxonomy</source>
        <translation>&amp;Taxonomie des thèmes</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>Im&amp;primer l’article…</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>Enregistrer l’article en PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Ar&amp;ticle</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <source>&amp;Import Comments…</source>
        <translation>&amp;Importer des commentaires…</translation>
    </message>
    <message>
        <source>Import comments from WordPress (WXR), Disqus, CSV or JSON files onto the library&apos;s articles</source>
        <translation>Importer des commentaires depuis des fichiers WordPress (WXR), Disqus, CSV ou JSON et les rattacher aux articles de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter marked %n comment(s) as spam.</source>
        <translation>
            <numerusform>Le filtre antispam a marqué %n commentaire comme spam.</numerusform>
            <numerusform>Le filtre antispam a marqué %n commentaires comme spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Newsdesk</source>
        <translation>%1 — Newsdesk</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Bibliothèque ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File › Open Library.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom, ou ouvrez-la avec Fichier › Ouvrir une bibliothèque.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): %1</source>
        <extracomment>The status bar&apos;s count of articles; %1 is the list of counts per status, e.g. &quot;3 new, 2 reviewed&quot;.</extracomment>
        <translation>
            <numerusform>%n article&#xa0;: %1</numerusform>
            <numerusform>%n articles&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic is suggested for this article.</source>
        <translation>Aucun thème n’est suggéré pour cet article.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the trash for good, with their comments and tags? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n article de la corbeille, avec ses commentaires et ses étiquettes&#x202f;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n articles de la corbeille, avec leurs commentaires et leurs étiquettes&#x202f;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>%n article supprimé définitivement.</numerusform>
            <numerusform>%n articles supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>Le presse-papiers ne contient aucun texte permettant de créer un article.</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Pages, text and feeds (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;All files (*)</source>
        <translation>Pages, textes et flux (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Import from Web Address</source>
        <translation>Importer depuis une adresse web</translation>
    </message>
    <message>
        <source>Address of a page, a feed or an OPML list:</source>
        <translation>Adresse d’une page, d’un flux ou d’une liste OPML&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>Le presse-papiers ne contient rien à importer.</translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation>&amp;Recueil</translation>
    </message>
    <message>
        <source>&amp;Add Selected Articles to Bundle</source>
        <translation>&amp;Ajouter les articles sélectionnés au recueil</translation>
    </message>
    <message>
        <source>Add to &amp;Bundle</source>
        <translation>Ajouter au &amp;recueil</translation>
    </message>
    <message>
        <source>&amp;Moderation (%L1)</source>
        <translation>&amp;Modération (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>%n article d’exemple ajouté.</numerusform>
            <numerusform>%n articles d’exemple ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>Marquer comme nouveau</translation>
    </message>
    <message>
        <source>Mark the selected articles as new (%1)</source>
        <translation>Marquer les articles sélectionnés comme nouveaux (%1)</translation>
    </message>
    <message>
        <source>Mark as Reviewed</source>
        <translation>Marquer comme relu</translation>
    </message>
    <message>
        <source>Mark the selected articles as reviewed (%1)</source>
        <translation>Marquer les articles sélectionnés comme relus (%1)</translation>
    </message>
    <message>
        <source>Mark as Selected</source>
        <translation>Marquer comme sélectionné</translation>
    </message>
    <message>
        <source>Mark the selected articles as selected (%1)</source>
        <translation>Marquer les articles sélectionnés comme sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Mark as Rejected</source>
        <translation>Marquer comme rejeté</translation>
    </message>
    <message>
        <source>Mark the selected articles as rejected (%1)</source>
        <translation>Marquer les articles sélectionnés comme rejetés (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n relu</numerusform>
            <numerusform>%n relus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
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
            <numerusform>%n dans la corbeille</numerusform>
            <numerusform>%n dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeStoryCopy</name>
    <message>
        <source>Merge another site&apos;s copy</source>
        <translation>Fusionner la reprise d’un autre site</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeTopics</name>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>Fusionner le thème «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MhtmlReader</name>
    <message>
        <source>The file is not an MHTML file: it has no MIME headers.</source>
        <translation>Le fichier n’est pas un fichier MHTML&#xa0;: il n’a pas d’en-têtes MIME.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its headers.</source>
        <translation>Le fichier MHTML est tronqué dans ses en-têtes.</translation>
    </message>
    <message>
        <source>The page in the MHTML file is larger than %1, so it was not read.</source>
        <translation>La page du fichier MHTML dépasse %1&#x202f;; elle n’a pas été lue.</translation>
    </message>
    <message>
        <source>The page in the MHTML file is damaged: its base64 encoding is not valid.</source>
        <translation>La page du fichier MHTML est endommagée&#xa0;: son encodage base64 n’est pas valide.</translation>
    </message>
    <message>
        <source>The part %1 is larger than %2 and was left out.</source>
        <translation>La partie %1 dépasse %2&#x202f;; elle a été omise.</translation>
    </message>
    <message>
        <source>The part %1 is damaged (its base64 encoding is not valid) and was left out.</source>
        <translation>La partie %1 est endommagée (son encodage base64 n’est pas valide)&#x202f;; elle a été omise.</translation>
    </message>
    <message>
        <source>The part %1 has the unknown transfer encoding “%2”; its bytes were taken as they are.</source>
        <translation>La partie %1 utilise l’encodage de transfert inconnu «&#xa0;%2&#xa0;»&#x202f;; ses octets ont été repris tels quels.</translation>
    </message>
    <message>
        <source>The file is not an MHTML page: it holds %1, not multipart/related.</source>
        <translation>Le fichier n’est pas une page MHTML&#xa0;: il contient %1, et non multipart/related.</translation>
    </message>
    <message>
        <source>The MHTML file names no boundary between its parts, so they cannot be told apart.</source>
        <translation>Le fichier MHTML n’indique aucune limite (boundary) entre ses parties&#x202f;; elles ne peuvent donc pas être distinguées.</translation>
    </message>
    <message>
        <source>The MHTML file holds no parts: their boundary never occurs (it may be cut off).</source>
        <translation>Le fichier MHTML ne contient aucune partie&#xa0;: leur limite n’apparaît jamais (le fichier est peut-être tronqué).</translation>
    </message>
    <message>
        <source>The MHTML file is cut off before its page is complete; nothing was imported.</source>
        <translation>Le fichier MHTML est tronqué avant la fin de sa page&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The MHTML file names &lt;%1&gt; as its page, but holds no such part; the first HTML part was used.</source>
        <translation>Le fichier MHTML désigne &lt;%1&gt; comme sa page, mais ne contient pas cette partie&#x202f;; la première partie HTML a été utilisée.</translation>
    </message>
    <message>
        <source>The MHTML file holds no HTML page.</source>
        <translation>Le fichier MHTML ne contient aucune page HTML.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its page; nothing was imported.</source>
        <translation>Le fichier MHTML est tronqué au milieu de sa page&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off: its last part (%1) is incomplete and was left out.</source>
        <translation>Le fichier MHTML est tronqué&#xa0;: sa dernière partie (%1) est incomplète et a été omise.</translation>
    </message>
    <message>
        <source>The nested multipart part %1 was skipped.</source>
        <translation>La partie multipart imbriquée %1 a été ignorée.</translation>
    </message>
    <message>
        <source>The MHTML file ends without its closing boundary; it may be cut off after its last part.</source>
        <translation>Le fichier MHTML se termine sans sa limite de fin&#x202f;; il est peut-être tronqué après sa dernière partie.</translation>
    </message>
    <message>
        <source>The part holding the page has the unknown transfer encoding “%1”; its bytes were taken as they are.</source>
        <translation>La partie contenant la page utilise l’encodage de transfert inconnu «&#xa0;%1&#xa0;»&#x202f;; ses octets ont été repris tels quels.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The authors&apos; comments could not be read.</source>
        <translation>Les commentaires des auteurs n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The comments from the same addresses could not be read.</source>
        <translation>Les commentaires provenant des mêmes adresses n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>Les commentaires n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>Le journal de modération n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogDialog</name>
    <message>
        <source>Moderation Log</source>
        <translation>Journal de modération</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Decisions: %L1, newest first.</source>
        <translation>Décisions&#xa0;: %L1, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Export Moderation Log</source>
        <translation>Exporter le journal de modération</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogModel</name>
    <message>
        <source>Curator</source>
        <translation>Curateur</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>Filtre antispam</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Who made a moderation decision: the import of a file that gave the comment&apos;s status.</extracomment>
        <translation>Importation</translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation>#%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Commentaire %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationQueueModel</name>
    <message>
        <source>Spam score %1 (0 = surely not spam, 1 = surely spam)</source>
        <translation>Score de spam %1 (0 = certainement pas du spam, 1 = certainement du spam)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <extracomment>%1 is the stored key of an unknown decider, shown as it is.</extracomment>
        <translation>Décidé par %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>A curator</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Un curateur</translation>
    </message>
    <message>
        <source>The moderation rules</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Les règles de modération</translation>
    </message>
    <message>
        <source>The spam filter</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Le filtre antispam</translation>
    </message>
    <message>
        <source>The imported file</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Le fichier importé</translation>
    </message>
    <message>
        <source>Decided by a curator</source>
        <translation>Décidé par un curateur</translation>
    </message>
    <message>
        <source>Decided by the moderation rules</source>
        <translation>Décidé par les règles de modération</translation>
    </message>
    <message>
        <source>Decided by the spam filter</source>
        <translation>Décidé par le filtre antispam</translation>
    </message>
    <message>
        <source>Decided by the imported file</source>
        <translation>Décidé par le fichier importé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says who decided (&quot;Decided by the spam filter&quot;); %2 is the decision&apos;s reason.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationRules</name>
    <message>
        <source>Disallowed key</source>
        <translation>Clé interdite</translation>
    </message>
    <message>
        <source>Copy of spam</source>
        <translation>Copie d’un spam</translation>
    </message>
    <message>
        <source>Hold all</source>
        <translation>Tout retenir</translation>
    </message>
    <message>
        <source>Moderation key</source>
        <translation>Clé de modération</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Known author</source>
        <translation>Auteur connu</translation>
    </message>
    <message>
        <source>Same author and text as comment %1, which is spam</source>
        <translation>Même auteur et même texte que le commentaire %1, qui est un spam</translation>
    </message>
    <message>
        <source>Every comment is held (hold_all is on)</source>
        <translation>Tous les commentaires sont retenus (hold_all est activé)</translation>
    </message>
    <message>
        <source>Links: %1, and comments with %2 or more are held</source>
        <translation>Liens&#xa0;: %1&#x202f;; les commentaires qui en contiennent %2 ou plus sont retenus</translation>
    </message>
    <message>
        <source>Shouting: %1% of %2 letters are capitals</source>
        <translation>Majuscules&#xa0;: %1&#xa0;% des %2 lettres sont des capitales</translation>
    </message>
    <message>
        <source>Duplicate of comment %1 by the same author</source>
        <translation>Doublon du commentaire %1, du même auteur</translation>
    </message>
    <message>
        <source>Known author: %1 has an approved comment</source>
        <translation>Auteur connu&#xa0;: %1 a un commentaire approuvé</translation>
    </message>
    <message>
        <source>No rule matched; imported comments wait for a curator</source>
        <translation>Aucune règle ne s’applique&#x202f;; les commentaires importés attendent un curateur</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s name</source>
        <translation>Clé interdite «&#xa0;%1&#xa0;» dans le nom de l’auteur</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s email</source>
        <translation>Clé interdite «&#xa0;%1&#xa0;» dans l’e-mail de l’auteur</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s URL</source>
        <translation>Clé interdite «&#xa0;%1&#xa0;» dans l’URL de l’auteur</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the text</source>
        <translation>Clé interdite «&#xa0;%1&#xa0;» dans le texte</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s IP address</source>
        <translation>Clé interdite «&#xa0;%1&#xa0;» dans l’adresse IP de l’auteur</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s name</source>
        <translation>Clé de modération «&#xa0;%1&#xa0;» dans le nom de l’auteur</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s email</source>
        <translation>Clé de modération «&#xa0;%1&#xa0;» dans l’e-mail de l’auteur</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s URL</source>
        <translation>Clé de modération «&#xa0;%1&#xa0;» dans l’URL de l’auteur</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the text</source>
        <translation>Clé de modération «&#xa0;%1&#xa0;» dans le texte</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s IP address</source>
        <translation>Clé de modération «&#xa0;%1&#xa0;» dans l’adresse IP de l’auteur</translation>
    </message>
    <message>
        <source>Flood: %1 comments from IP address %2 within %3 s</source>
        <translation>Rafale&#xa0;: %1 commentaires depuis l’adresse IP %2 en %3 s</translation>
    </message>
    <message>
        <source>Flood: %1 comments from “%2” within %3 s</source>
        <translation>Rafale&#xa0;: %1 commentaires de «&#xa0;%2&#xa0;» en %3 s</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationSettings</name>
    <message>
        <source>%1 takes on or off, not “%2”.</source>
        <translation>%1 accepte on ou off, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>%1 accepte un nombre de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 accepte un nombre entier, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no moderation setting “%1”; the settings are: %2.</source>
        <translation>Le réglage de modération «&#xa0;%1&#xa0;» n’existe pas&#x202f;; les réglages sont&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationView</name>
    <message>
        <source>All comments</source>
        <translation>Tous les commentaires</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1&#xa0;: %L2</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation>Commentaires à afficher</translation>
    </message>
    <message>
        <source>Author, email or IP</source>
        <translation>Auteur, e-mail ou IP</translation>
    </message>
    <message>
        <source>Show the comments whose author&apos;s name, email or IP address is exactly this</source>
        <translation>Afficher les commentaires dont le nom, l’e-mail ou l’adresse IP de l’auteur correspond exactement à cette valeur</translation>
    </message>
    <message>
        <source>Rule or reason</source>
        <translation>Règle ou raison</translation>
    </message>
    <message>
        <source>Show the comments whose decision&apos;s reason mentions this, e.g. a rule&apos;s name</source>
        <translation>Afficher les commentaires dont la raison de la décision mentionne ce texte, p. ex. le nom d’une règle</translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation>Score ≥ </translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Tout score</translation>
    </message>
    <message>
        <source>Show only comments the spam filter scored at least this high (1 = surely spam)</source>
        <translation>Afficher uniquement les commentaires dont le score de spam atteint au moins cette valeur (1 = certainement du spam)</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Ordre de la liste</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <source>Most likely spam first</source>
        <translation>Spams les plus probables d’abord</translation>
    </message>
    <message>
        <source>A approve · S spam · R reject · U pending · J/K next/previous · Z undo</source>
        <translation>A approuver · S spam · R rejeter · U en attente · J/K suivant/précédent · Z annuler</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every comment by this author, or on this article</source>
        <translation>Afficher tous les commentaires de cet auteur, ou sur cet article</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve the selected comments</source>
        <translation>Approuver les commentaires sélectionnés</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>Marquer comme &amp;spam</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Button: marks the selected comments as spam (an action, not a status).</extracomment>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Mark the selected comments as spam</source>
        <translation>Marquer les commentaires sélectionnés comme spam</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected comments</source>
        <translation>Rejeter les commentaires sélectionnés</translation>
    </message>
    <message>
        <source>Back to &amp;Pending</source>
        <translation>Remettre en a&amp;ttente</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Button: returns the selected comments to pending (an action, not a status).</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Return the selected comments to pending</source>
        <translation>Remettre les commentaires sélectionnés en attente</translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation>Commentaire sui&amp;vant</translation>
    </message>
    <message>
        <source>Go to the next comment</source>
        <translation>Aller au commentaire suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation>Commentaire &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the previous comment</source>
        <translation>Aller au commentaire précédent</translation>
    </message>
    <message>
        <source>&amp;Undo Last Step</source>
        <translation>Annuler la &amp;dernière étape</translation>
    </message>
    <message>
        <source>Undo the last step, such as a decision</source>
        <translation>Annuler la dernière étape, par exemple une décision</translation>
    </message>
    <message>
        <source>By This Name</source>
        <translation>Par ce nom</translation>
    </message>
    <message>
        <source>By This Email</source>
        <translation>Par cet e-mail</translation>
    </message>
    <message>
        <source>By This IP Address</source>
        <translation>Par cette adresse IP</translation>
    </message>
    <message>
        <source>Show All by This &amp;Author</source>
        <translation>Tout afficher de cet a&amp;uteur</translation>
    </message>
    <message>
        <source>Show All on This Ar&amp;ticle</source>
        <translation>Tout afficher sur cet arti&amp;cle</translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>Tout approuver</translation>
    </message>
    <message>
        <source>Approve every comment in this list, loaded or not, as one step</source>
        <translation>Approuver tous les commentaires de cette liste, chargés ou non, en une seule étape</translation>
    </message>
    <message>
        <source>Spam All</source>
        <translation>Tout marquer comme spam</translation>
    </message>
    <message>
        <source>Mark every comment in this list as spam, loaded or not, as one step</source>
        <translation>Marquer tous les commentaires de cette liste comme spam, chargés ou non, en une seule étape</translation>
    </message>
    <message>
        <source>Show Whole Queue</source>
        <translation>Afficher toute la file</translation>
    </message>
    <message>
        <source>Leave this author or article and show the queue again</source>
        <translation>Quitter cet auteur ou cet article et afficher de nouveau toute la file</translation>
    </message>
    <message>
        <source>Moderation &amp;Log…</source>
        <translation>&amp;Journal de modération…</translation>
    </message>
    <message>
        <source>Every moderation decision: who, when, from, to and why</source>
        <translation>Toutes les décisions de modération&#xa0;: qui, quand, statut de départ, statut d’arrivée et pourquoi</translation>
    </message>
    <message>
        <source>R&amp;un Rules on Pending…</source>
        <translation>Appliquer les rè&amp;gles aux commentaires en attente…</translation>
    </message>
    <message>
        <source>See what the moderation rules and the spam filter would do with every pending comment, then apply it as one step</source>
        <translation>Voir ce que les règles de modération et le filtre antispam feraient de chaque commentaire en attente, puis l’appliquer en une seule étape</translation>
    </message>
    <message>
        <source>&amp;New Comment…</source>
        <translation>&amp;Nouveau commentaire…</translation>
    </message>
    <message>
        <source>Write a comment of your own on this comment&apos;s article</source>
        <translation>Rédiger votre propre commentaire sur l’article de ce commentaire</translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation>Rép&amp;ondre…</translation>
    </message>
    <message>
        <source>Answer the current comment with a comment of your own</source>
        <translation>Répondre au commentaire courant par votre propre commentaire</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <source>Comments by “%1” on “%2”</source>
        <translation>Commentaires de «&#xa0;%1&#xa0;» sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Comments by “%1”</source>
        <translation>Commentaires de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation>Commentaires sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rules changed nothing.</source>
        <translation>Les règles n’ont rien changé.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are pending already.</source>
        <translation>Aucun changement&#xa0;: les commentaires sont déjà en attente.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are approved already.</source>
        <translation>Aucun changement&#xa0;: les commentaires sont déjà approuvés.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are marked as spam already.</source>
        <translation>Aucun changement&#xa0;: les commentaires sont déjà marqués comme spam.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are rejected already.</source>
        <translation>Aucun changement&#xa0;: les commentaires sont déjà rejetés.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveBundleEntries</name>
    <message numerus="yes">
        <source>Move %n Entry(s) in “%1”</source>
        <translation>
            <numerusform>Déplacer %n élément dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Déplacer %n éléments dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveTopic</name>
    <message>
        <source>Move topic “%1”</source>
        <translation>Déplacer le thème «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::NewCommentDialog</name>
    <message>
        <source>Reply to %1</source>
        <extracomment>%1 is the name of the author of the comment being replied to.</extracomment>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curateur</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Blank lines separate paragraphs</source>
        <translation>Les lignes vides séparent les paragraphes</translation>
    </message>
    <message>
        <source>Add Reply</source>
        <translation>Ajouter la réponse</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>En réponse à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>Répondre à un commentaire</translation>
    </message>
</context>
<context>
    <name>Newsdesk::OpmlImporter</name>
    <message>
        <source>This is not an OPML subscription list: its root element is &lt;%1&gt;.</source>
        <translation>Ce n’est pas une liste d’abonnements OPML&#xa0;: son élément racine est &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The OPML subscription list has no &lt;body&gt;.</source>
        <translation>La liste d’abonnements OPML n’a pas de &lt;body&gt;.</translation>
    </message>
    <message>
        <source>The feed address “%1” was ignored: it is not an absolute web address.</source>
        <translation>L’adresse de flux «&#xa0;%1&#xa0;» a été ignorée&#xa0;: ce n’est pas une adresse web absolue.</translation>
    </message>
    <message>
        <source>The subscription list names no feeds.</source>
        <translation>La liste d’abonnements ne désigne aucun flux.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PlainTextImporter</name>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>“%1” holds no text to import.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun texte à importer.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>The library&apos;s moderation settings could not be read: %1</source>
        <translation>Les réglages de modération de la bibliothèque n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Approve comments by authors who already have an approved comment</source>
        <translation>Approuver les commentaires des auteurs qui ont déjà un commentaire approuvé</translation>
    </message>
    <message>
        <source>Hold every comment for moderation, whatever the other rules say</source>
        <translation>Retenir tous les commentaires pour modération, quelles que soient les autres règles</translation>
    </message>
    <message>
        <source>Hold for moderation when a comment contains:</source>
        <translation>Retenir pour modération les commentaires contenant&#xa0;:</translation>
    </message>
    <message>
        <source>Mark as spam when a comment contains:</source>
        <translation>Marquer comme spam les commentaires contenant&#xa0;:</translation>
    </message>
    <message>
        <source>One word or phrase a line, looked for in the author&apos;s name, email, web site and IP address and in the text, ignoring case: “press” also finds “WordPress”.</source>
        <translation>Un mot ou une expression par ligne, recherché dans le nom, l’e-mail, le site web et l’adresse IP de l’auteur ainsi que dans le texte, sans tenir compte de la casse&#xa0;: «&#xa0;press&#xa0;» trouve aussi «&#xa0;WordPress&#xa0;».</translation>
    </message>
    <message>
        <source>The share of capitals among the letters of a comment of 20 letters or more</source>
        <translation>La proportion de capitales parmi les lettres d’un commentaire de 20 lettres ou plus</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Newsdesk speaks the new language from its next start.</source>
        <translation>Newsdesk utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Mark comments as spam by their spam score</source>
        <translation>Marquer les commentaires comme spam d’après leur score de spam</translation>
    </message>
    <message>
        <source>Hold a comment with this many links or more:</source>
        <translation>Retenir un commentaire qui contient au moins ce nombre de liens&#xa0;:</translation>
    </message>
    <message>
        <source>Flood limit (comments):</source>
        <translation>Limite de rafale (commentaires)&#xa0;:</translation>
    </message>
    <message>
        <source>Flood window (seconds):</source>
        <translation>Fenêtre de rafale (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>Hold a comment with this share of capitals or more (%):</source>
        <translation>Retenir un commentaire dont la proportion de capitales atteint au moins (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Lowest spam score to mark as spam:</source>
        <translation>Score de spam minimal pour marquer comme spam&#xa0;:</translation>
    </message>
    <message>
        <source>Hold a comment when its author or IP address posted this many comments within the flood window, the new one included</source>
        <translation>Retenir un commentaire lorsque son auteur ou son adresse IP a publié au moins ce nombre de commentaires pendant la fenêtre de rafale, le nouveau compris</translation>
    </message>
    <message>
        <source>How recent an author&apos;s comments must be to count towards the flood limit</source>
        <translation>Ancienneté maximale des commentaires d’un auteur pris en compte pour la limite de rafale</translation>
    </message>
</context>
<context>
    <name>Newsdesk::QuickTagPopup</name>
    <message>
        <source>Tag with… (type a topic, Enter to apply)</source>
        <translation>Étiqueter avec… (tapez un thème, Entrée pour appliquer)</translation>
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
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReaderView</name>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>Charger les images</translation>
    </message>
    <message>
        <source>Load the remote images of this article</source>
        <translation>Charger les images distantes de cet article</translation>
    </message>
    <message>
        <source>Always Load</source>
        <translation>Toujours charger</translation>
    </message>
    <message>
        <source>Load remote images in every article</source>
        <translation>Charger les images distantes dans tous les articles</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>A+</source>
        <comment>zoom in, on a small button</comment>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation>Texte plus grand (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>A−</source>
        <comment>zoom out, on a small button</comment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation>Texte plus petit (%1)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Rec&amp;hercher dans l’article…</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>Im&amp;primer l’article…</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>Enregistrer l’article en PD&amp;F…</translation>
    </message>
    <message>
        <source>Show &amp;Pending Comments</source>
        <translation>Afficher les commentaires en atte&amp;nte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Show comments waiting for moderation with the approved ones</source>
        <translation>Afficher les commentaires en attente de modération avec ceux qui sont approuvés</translation>
    </message>
    <message>
        <source>Always Load &amp;Remote Images</source>
        <translation>Toujours charger les images &amp;distantes</translation>
    </message>
    <message>
        <source>Qt WebEngine does not run as root unless QTWEBENGINE_DISABLE_SANDBOX=1 is set.</source>
        <translation>Qt WebEngine ne s’exécute pas en tant que root, sauf si QTWEBENGINE_DISABLE_SANDBOX=1 est défini.</translation>
    </message>
    <message>
        <source>Article sent to the printer.</source>
        <translation>Article envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>L’article n’a pas pu être imprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Images from other sites are not loaded (%n), so those sites cannot see you reading this.</source>
        <translation>
            <numerusform>Les images provenant d’autres sites ne sont pas chargées (%n)&#xa0;: ces sites ne peuvent donc pas savoir que vous lisez cet article.</numerusform>
            <numerusform>Les images provenant d’autres sites ne sont pas chargées (%n)&#xa0;: ces sites ne peuvent donc pas savoir que vous lisez cet article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader zoom %1%</source>
        <translation>Zoom du lecteur&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>Ouvrir le lien dans le navigateur</translation>
    </message>
    <message>
        <source>Select an article to print it.</source>
        <translation>Sélectionnez un article pour l’imprimer.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Imprimer l’article</translation>
    </message>
    <message>
        <source>Select an article to save it as PDF.</source>
        <translation>Sélectionnez un article pour l’enregistrer en PDF.</translation>
    </message>
    <message>
        <source>Save Article as PDF</source>
        <translation>Enregistrer l’article en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>La mise en page a échoué.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The simpler reader was asked for (NEWSDESK_READER=text).</source>
        <translation>Le lecteur simplifié a été demandé (NEWSDESK_READER=text).</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s helper program, QtWebEngineProcess, is not installed.</source>
        <translation>Le programme auxiliaire de Qt WebEngine, QtWebEngineProcess, n’est pas installé.</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s page process stopped (exit code %1).</source>
        <translation>Le processus de page de Qt WebEngine s’est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>The full reader is not available, so the article is shown in a simpler view.</source>
        <translation>Le lecteur complet n’est pas disponible&#x202f;; l’article est donc affiché dans une vue simplifiée.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RejectSuggestion</name>
    <message>
        <source>Reject suggested topic</source>
        <translation>Rejeter le thème suggéré</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RemoveBundleEntries</name>
    <message numerus="yes">
        <source>Remove %n Entry(s) from “%1”</source>
        <translation>
            <numerusform>Retirer %n élément de «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Retirer %n éléments de «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundle</name>
    <message>
        <source>Rename Bundle “%1”</source>
        <translation>Renommer le recueil «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundleSection</name>
    <message>
        <source>Rename Section “%1”</source>
        <translation>Renommer la section «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RuleTagger</name>
    <message>
        <source>The rules of “%1”: %2</source>
        <translation>Les règles de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>Les étiquettes n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>Les articles n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SampleLibrary</name>
    <message>
        <source>Could not read the sample library: %1</source>
        <translation>Impossible de lire la bibliothèque d’exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1</source>
        <translation>La bibliothèque d’exemple n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the sample page %1: %2</source>
        <translation>Impossible de lire la page d’exemple %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SaveFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SavedSearch</name>
    <message>
        <source>The bundle has no saved search to fill it from.</source>
        <translation>Le recueil n’a pas de recherche enregistrée à partir de laquelle le remplir.</translation>
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
        <translation>Modifier l’URL</translation>
    </message>
    <message>
        <source>Change the canonical URL</source>
        <translation>Modifier l’URL canonique</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Change the dek</source>
        <translation>Modifier le chapô</translation>
    </message>
    <message>
        <source>Change the byline</source>
        <translation>Modifier la signature</translation>
    </message>
    <message>
        <source>Change the dateline</source>
        <translation>Modifier le lieu et la date</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>Modifier l’agence</translation>
    </message>
    <message>
        <source>Change the source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Change the publication date</source>
        <translation>Modifier la date de publication</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Modifier la langue</translation>
    </message>
    <message>
        <source>Change the image URL</source>
        <translation>Modifier l’URL de l’image</translation>
    </message>
    <message>
        <source>Change the image caption</source>
        <translation>Modifier la légende de l’image</translation>
    </message>
    <message>
        <source>Change the image credit</source>
        <translation>Modifier le crédit de l’image</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>Modifier le corps du texte</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>Change the curator note</source>
        <translation>Modifier la note du curateur</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticlesStatus</name>
    <message numerus="yes">
        <source>Mark %n article(s) as new</source>
        <translation>
            <numerusform>Marquer %n article comme nouveau</numerusform>
            <numerusform>Marquer %n articles comme nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as reviewed</source>
        <translation>
            <numerusform>Marquer %n article comme relu</numerusform>
            <numerusform>Marquer %n articles comme relus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as selected</source>
        <translation>
            <numerusform>Marquer %n article comme sélectionné</numerusform>
            <numerusform>Marquer %n articles comme sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as rejected</source>
        <translation>
            <numerusform>Marquer %n article comme rejeté</numerusform>
            <numerusform>Marquer %n articles comme rejetés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetCommentStatus</name>
    <message numerus="yes">
        <source>Approve %n comment(s)</source>
        <translation>
            <numerusform>Approuver %n commentaire</numerusform>
            <numerusform>Approuver %n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n comment(s) as spam</source>
        <translation>
            <numerusform>Marquer %n commentaire comme spam</numerusform>
            <numerusform>Marquer %n commentaires comme spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n comment(s)</source>
        <translation>
            <numerusform>Rejeter %n commentaire</numerusform>
            <numerusform>Rejeter %n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n comment(s) to pending</source>
        <translation>
            <numerusform>Remettre %n commentaire en attente</numerusform>
            <numerusform>Remettre %n commentaires en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SingleInstance</name>
    <message>
        <source>Another Newsdesk window has %1 open but does not answer.</source>
        <translation>Une autre fenêtre Newsdesk a ouvert %1, mais elle ne répond pas.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>Cannot listen for other Newsdesk windows: %1</source>
        <translation>Impossible d’écouter les autres fenêtres Newsdesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>The running Newsdesk window did not take the files: %1</source>
        <translation>La fenêtre Newsdesk déjà ouverte n’a pas accepté les fichiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilter</name>
    <message>
        <source>Training was cancelled.</source>
        <translation>L’entraînement a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learns from your decisions and needs at least %n approved and %n spam comments.</source>
        <translation>
            <numerusform>Le filtre antispam apprend à partir de vos décisions et a besoin d’au moins %n commentaire approuvé et %n commentaire marqué comme spam.</numerusform>
            <numerusform>Le filtre antispam apprend à partir de vos décisions et a besoin d’au moins %n commentaires approuvés et %n commentaires marqués comme spam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library has %n approved comment(s).</source>
        <translation>
            <numerusform>La bibliothèque compte %n commentaire approuvé.</numerusform>
            <numerusform>La bibliothèque compte %n commentaires approuvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n spam comment(s).</source>
        <extracomment>Follows &quot;The library has %n approved comment(s).&quot;; &quot;it&quot; is the library.</extracomment>
        <translation>
            <numerusform>Elle compte %n commentaire marqué comme spam.</numerusform>
            <numerusform>Elle compte %n commentaires marqués comme spam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilterService</name>
    <message>
        <source>Learning from your moderation decisions…</source>
        <translation>Apprentissage à partir de vos décisions de modération…</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: %1</source>
        <translation>Le filtre antispam n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: its training run was cancelled.</source>
        <translation>Le filtre antispam n’est pas disponible&#xa0;: son apprentissage a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n approved comment(s).</source>
        <translation>
            <numerusform>Appris à partir de %n commentaire approuvé.</numerusform>
            <numerusform>Appris à partir de %n commentaires approuvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n spam comment(s).</source>
        <translation>
            <numerusform>Appris à partir de %n commentaire marqué comme spam.</numerusform>
            <numerusform>Appris à partir de %n commentaires marqués comme spam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n pending comment(s) in %1 s.</source>
        <translation>
            <numerusform>%n commentaire en attente évalué en %1 s.</numerusform>
            <numerusform>%n commentaires en attente évalués en %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::StatusProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Newsdesk::StoryRepository</name>
    <message>
        <source>A fingerprint has four bands.</source>
        <translation>Une empreinte comporte quatre bandes.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Aucun article n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>These articles are not linked.</source>
        <translation>Ces articles ne sont pas liés.</translation>
    </message>
    <message>
        <source>The library could not be searched for the article.</source>
        <translation>La recherche de l’article dans la bibliothèque a échoué.</translation>
    </message>
    <message>
        <source>The library could not be searched for the same story.</source>
        <translation>La recherche du même sujet dans la bibliothèque a échoué.</translation>
    </message>
    <message>
        <source>The article&apos;s fingerprint could not be stored.</source>
        <translation>L’empreinte de l’article n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>L’article n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The copies could not be linked.</source>
        <translation>Les reprises n’ont pas pu être liées.</translation>
    </message>
    <message>
        <source>The article&apos;s copies could not be read.</source>
        <translation>Les reprises de l’article n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Where the story ran could not be read.</source>
        <translation>Les sites où le sujet a paru n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Where the story ran could not be recorded.</source>
        <translation>Les sites où le sujet a paru n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The copies could not be kept apart.</source>
        <translation>Les reprises n’ont pas pu être gardées séparées.</translation>
    </message>
    <message>
        <source>The copies could not be merged.</source>
        <translation>Les reprises n’ont pas pu être fusionnées.</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>La fusion n’a pas pu être annulée.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SuggestionService</name>
    <message>
        <source>Learning from your tags…</source>
        <translation>Apprentissage à partir de vos étiquettes…</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation>Les suggestions ne sont pas disponibles&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions start once a topic has %n article(s) tagged by hand.</source>
        <translation>
            <numerusform>Les suggestions commencent dès qu’un thème compte %n article étiqueté à la main.</numerusform>
            <numerusform>Les suggestions commencent dès qu’un thème compte %n articles étiquetés à la main.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggesting %n topic(s).</source>
        <extracomment>The classifier has learned %n topics and suggests them where they fit.</extracomment>
        <translation>
            <numerusform>%n thème peut être suggéré.</numerusform>
            <numerusform>%n thèmes peuvent être suggérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n tagged article(s) in %1 s.</source>
        <translation>
            <numerusform>Appris à partir de %n article étiqueté en %1 s.</numerusform>
            <numerusform>Appris à partir de %n articles étiquetés en %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagArticles</name>
    <message numerus="yes">
        <source>Tag %n article(s)</source>
        <translation>
            <numerusform>Étiqueter %n article</numerusform>
            <numerusform>Étiqueter %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n article(s)</source>
        <translation>
            <numerusform>Retirer l’étiquette de %n article</numerusform>
            <numerusform>Retirer l’étiquette de %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Taxonomy</name>
    <message>
        <source>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, licensed under CC BY 4.0</source>
        <translation>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, sous licence CC BY 4.0</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The taxonomy file is larger than %L1 MB; it cannot be a topic list.</source>
        <translation>Le fichier de taxonomie dépasse %L1 Mo&#x202f;; il ne peut pas s’agir d’une liste de thèmes.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the field %1 is not one of any, title, dek, body, byline or source.</source>
        <translation>le champ %1 ne fait pas partie de any, title, dek, body, byline ou source.</translation>
    </message>
    <message>
        <source>the kind %1 is not one of keyword, phrase or regex.</source>
        <translation>le type %1 ne fait pas partie de keyword, phrase ou regex.</translation>
    </message>
    <message>
        <source>it has no pattern.</source>
        <translation>elle n’a pas de motif.</translation>
    </message>
    <message>
        <source>caseSensitive is neither true nor false.</source>
        <translation>caseSensitive ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>The file has no list of topics.</source>
        <translation>Le fichier ne contient pas de liste de thèmes.</translation>
    </message>
    <message>
        <source>The children of the topic %1 are not a list.</source>
        <translation>Les enfants du thème %1 ne forment pas une liste.</translation>
    </message>
    <message>
        <source>The topic %1 has topics more than %2 levels deep; a taxonomy can have at most %2 levels.</source>
        <translation>Le thème %1 contient des thèmes sur plus de %2 niveaux&#x202f;; une taxonomie peut compter au plus %2 niveaux.</translation>
    </message>
    <message>
        <source>Two topics at the top level are both called %1.</source>
        <translation>Deux thèmes du premier niveau s’appellent tous deux %1.</translation>
    </message>
    <message>
        <source>Two topics under %1 are both called %2.</source>
        <translation>Deux thèmes sous %1 s’appellent tous deux %2.</translation>
    </message>
    <message>
        <source>The taxonomy has more than %L1 topics; at most %L1 can be imported at once.</source>
        <translation>La taxonomie compte plus de %L1 thèmes&#x202f;; on ne peut pas en importer plus de %L1 à la fois.</translation>
    </message>
    <message>
        <source>The topic %1 has the colour %2; colours are written #rrggbb.</source>
        <translation>Le thème %1 a la couleur %2&#x202f;; les couleurs s’écrivent #rrggbb.</translation>
    </message>
    <message>
        <source>The code %1 of the topic %2 is not a code (a code has no spaces).</source>
        <translation>Le code %1 du thème %2 n’est pas un code valide (un code ne contient pas d’espace).</translation>
    </message>
    <message>
        <source>The related codes of the topic %1 are not a list.</source>
        <translation>Les codes associés du thème %1 ne forment pas une liste.</translation>
    </message>
    <message>
        <source>The related code %1 of the topic %2 is not a code.</source>
        <translation>Le code associé %1 du thème %2 n’est pas un code valide.</translation>
    </message>
    <message>
        <source>The rules of the topic %1 are not a list.</source>
        <translation>Les règles du thème %1 ne forment pas une liste.</translation>
    </message>
    <message>
        <source>Rule %1 of the topic %2 is not valid: %3</source>
        <translation>La règle %1 du thème %2 n’est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>The built-in topic list %1 is missing: %2</source>
        <translation>La liste de thèmes intégrée %1 est manquante&#xa0;: %2</translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1 (at byte %L2).</source>
        <translation>La taxonomie n’est pas du JSON valide&#xa0;: %1 (à l’octet %L2).</translation>
    </message>
    <message>
        <source>This is not a Newsdesk taxonomy: it does not say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Ce n’est pas une taxonomie Newsdesk&#xa0;: elle n’indique pas &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The taxonomy has no valid format version.</source>
        <translation>La taxonomie n’a pas de version de format valide.</translation>
    </message>
    <message>
        <source>The taxonomy was written by a newer Newsdesk (format version %1); this version reads version %2. Update Newsdesk to import it.</source>
        <translation>La taxonomie a été écrite par une version plus récente de Newsdesk (version de format %1)&#x202f;; cette version lit la version %2. Mettez Newsdesk à jour pour l’importer.</translation>
    </message>
    <message>
        <source>Could not read the taxonomy file “%1”: %2</source>
        <translation>Impossible de lire le fichier de taxonomie «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé. %2</translation>
    </message>
    <message>
        <source>The topic&apos;s rules are not a JSON list.</source>
        <translation>Les règles du thème ne forment pas une liste JSON.</translation>
    </message>
    <message>
        <source>Rule %1 is not valid: %2</source>
        <translation>La règle %1 n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Topic %1 at the top level is not a JSON object.</source>
        <translation>Le thème %1 du premier niveau n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Topic %1 under %2 is not a JSON object.</source>
        <translation>Le thème %1 sous %2 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Topic %1 at the top level has no name.</source>
        <translation>Le thème %1 du premier niveau n’a pas de nom.</translation>
    </message>
    <message>
        <source>Topic %1 under %2 has no name.</source>
        <translation>Le thème %1 sous %2 n’a pas de nom.</translation>
    </message>
    <message>
        <source>The description of the topic %1 is not text.</source>
        <translation>La description du thème %1 n’est pas du texte.</translation>
    </message>
    <message>
        <source>The colour of the topic %1 is not text.</source>
        <translation>La couleur du thème %1 n’est pas du texte.</translation>
    </message>
    <message>
        <source>The code of the topic %1 is not text.</source>
        <translation>Le code du thème %1 n’est pas du texte.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Template</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>a tag is opened here but never closed (“%1” is missing)</source>
        <translation>une balise est ouverte ici mais jamais fermée («&#xa0;%1&#xa0;» manquant)</translation>
    </message>
    <message>
        <source>changing the delimiters (“{{=”) is not supported</source>
        <translation>le changement de délimiteurs («&#xa0;{{=&#xa0;») n’est pas pris en charge</translation>
    </message>
    <message>
        <source>the tag “%1” has no name</source>
        <translation>la balise «&#xa0;%1&#xa0;» n’a pas de nom</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no open section</source>
        <translation>«&#xa0;{{/%1}}&#xa0;» ne ferme aucune section ouverte</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes the section “%2” opened on line %3</source>
        <translation>«&#xa0;{{/%1}}&#xa0;» ferme la section «&#xa0;%2&#xa0;» ouverte à la ligne %3</translation>
    </message>
    <message>
        <source>the section “%1” opened on line %2 is never closed</source>
        <translation>la section «&#xa0;%1&#xa0;» ouverte à la ligne %2 n’est jamais fermée</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TemplateSet</name>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>Le dossier de modèles %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>Le modèle %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 line %2: the partial “%3” does not exist (no %3%4 in the template folder)</source>
        <translation>%1, ligne %2&#xa0;: le partiel «&#xa0;%3&#xa0;» n’existe pas (pas de %3%4 dans le dossier de modèles)</translation>
    </message>
    <message>
        <source>The template folder has no readable file %1.</source>
        <translation>Le dossier de modèles ne contient pas de fichier %1 lisible.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoder</name>
    <message>
        <source>No charset was declared and none could be detected; the text was decoded as windows-1252.</source>
        <translation>Aucun jeu de caractères n’était déclaré et aucun n’a pu être détecté&#x202f;; le texte a été décodé en windows-1252.</translation>
    </message>
    <message numerus="yes">
        <source>The text is not valid UTF-8: %n byte(s) could not be decoded and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>Le texte n’est pas de l’UTF-8 valide&#xa0;: %n octet n’a pas pu être décodé et a été remplacé par U+FFFD.</numerusform>
            <numerusform>Le texte n’est pas de l’UTF-8 valide&#xa0;: %n octets n’ont pas pu être décodés et ont été remplacés par U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded as %1 and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n séquence d’octets n’a pas pu être décodée en %1 et a été remplacée par U+FFFD.</numerusform>
            <numerusform>%n séquences d’octets n’ont pas pu être décodées en %1 et ont été remplacées par U+FFFD.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not a web page.</source>
        <translation>Le fichier semble être un fichier binaire, et non une page web.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not an XML document.</source>
        <translation>Le fichier semble être un fichier binaire, et non un document XML.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not text.</source>
        <translation>Le fichier semble être un fichier binaire, et non du texte.</translation>
    </message>
    <message>
        <source>The byte order mark says %1; the charset %2 named by the Content-Type header was ignored.</source>
        <translation>L’indicateur d’ordre des octets (BOM) indique %1&#x202f;; le jeu de caractères %2 indiqué par l’en-tête Content-Type a été ignoré.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>L’en-tête Content-Type indique le jeu de caractères %1, mais les octets ressemblent à du %2&#x202f;; le texte a été décodé en %2.</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>La balise &lt;meta&gt; de la page indique le jeu de caractères %1, mais les octets ressemblent à du %2&#x202f;; le texte a été décodé en %2.</translation>
    </message>
    <message>
        <source>The XML declaration names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>La déclaration XML indique le jeu de caractères %1, mais les octets ressemblent à du %2&#x202f;; le texte a été décodé en %2.</translation>
    </message>
    <message>
        <source>The document names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>Le document indique le jeu de caractères %1, mais les octets ressemblent à du %2&#x202f;; le texte a été décodé en %2.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset “%1”, which is not known; it was ignored.</source>
        <translation>L’en-tête Content-Type indique le jeu de caractères «&#xa0;%1&#xa0;», qui est inconnu&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset “%1”, which is not known; it was ignored.</source>
        <translation>La balise &lt;meta&gt; de la page indique le jeu de caractères «&#xa0;%1&#xa0;», qui est inconnu&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The XML declaration names the charset “%1”, which is not known; it was ignored.</source>
        <translation>La déclaration XML indique le jeu de caractères «&#xa0;%1&#xa0;», qui est inconnu&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The document names the charset “%1”, which is not known; it was ignored.</source>
        <translation>Le document indique le jeu de caractères «&#xa0;%1&#xa0;», qui est inconnu&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes are not %1; it was ignored.</source>
        <translation>L’en-tête Content-Type indique le jeu de caractères %1, mais les octets ne sont pas du %1&#x202f;; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicClassifier</name>
    <message>
        <source>There are no tagged articles to learn from.</source>
        <translation>Il n’y a aucun article étiqueté à partir duquel apprendre.</translation>
    </message>
    <message>
        <source>The classifier options are out of range.</source>
        <translation>Les options du classifieur sont hors limites.</translation>
    </message>
    <message>
        <source>Training the topic classifier was cancelled.</source>
        <translation>L’entraînement du classifieur de thèmes a été annulé.</translation>
    </message>
    <message>
        <source>The topic classifier data is damaged or truncated.</source>
        <translation>Les données du classifieur de thèmes sont endommagées ou tronquées.</translation>
    </message>
    <message>
        <source>This is not Newsdesk topic classifier data.</source>
        <translation>Ce ne sont pas des données de classifieur de thèmes Newsdesk.</translation>
    </message>
    <message>
        <source>The topic classifier was saved by a newer Newsdesk (format %1); this one reads format %2.</source>
        <translation>Le classifieur de thèmes a été enregistré par une version plus récente de Newsdesk (format %1)&#x202f;; cette version lit le format %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicEvidence</name>
    <message>
        <source>Reading the tagged articles was cancelled.</source>
        <translation>La lecture des articles étiquetés a été annulée.</translation>
    </message>
    <message>
        <source>The articles to learn topics from could not be read.</source>
        <translation>Les articles servant à apprendre les thèmes n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>Les thèmes des articles n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>Les thèmes de l’article n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRepository</name>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>Aucun thème n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>Un thème doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a topic named “%1” there.</source>
        <translation>Il existe déjà un thème nommé «&#xa0;%1&#xa0;» à cet endroit.</translation>
    </message>
    <message>
        <source>A topic cannot move into itself or below itself.</source>
        <translation>Un thème ne peut pas être déplacé dans lui-même ni sous lui-même.</translation>
    </message>
    <message>
        <source>There is already a topic of that name there.</source>
        <translation>Il existe déjà un thème de ce nom à cet endroit.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into itself.</source>
        <translation>Un thème ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into one of its own subtopics.</source>
        <translation>Un thème ne peut pas être fusionné dans l’un de ses propres sous-thèmes.</translation>
    </message>
    <message>
        <source>The topics could not be read.</source>
        <translation>Les thèmes n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The topic could not be read.</source>
        <translation>Le thème n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The topic could not be looked up.</source>
        <translation>La recherche du thème a échoué.</translation>
    </message>
    <message>
        <source>The topic tree could not be read.</source>
        <translation>L’arborescence des thèmes n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The topic “%1” could not be added.</source>
        <translation>Le thème «&#xa0;%1&#xa0;» n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The topic could not be added.</source>
        <translation>Le thème n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>The topic could not be changed.</source>
        <translation>Le thème n’a pas pu être modifié.</translation>
    </message>
    <message>
        <source>The topic could not be moved.</source>
        <translation>Le thème n’a pas pu être déplacé.</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be read.</source>
        <translation>Les articles du thème n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The topic could not be deleted.</source>
        <translation>Le thème n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The topics could not be merged.</source>
        <translation>Les thèmes n’ont pas pu être fusionnés.</translation>
    </message>
    <message>
        <source>The topic could not be restored.</source>
        <translation>Le thème n’a pas pu être restauré.</translation>
    </message>
    <message>
        <source>The articles could not be tagged.</source>
        <translation>Les articles n’ont pas pu être étiquetés.</translation>
    </message>
    <message>
        <source>The topic could not be removed from the articles.</source>
        <translation>Le thème n’a pas pu être retiré des articles.</translation>
    </message>
    <message>
        <source>The tags could not be restored.</source>
        <translation>Les étiquettes n’ont pas pu être restaurées.</translation>
    </message>
    <message>
        <source>The tags could not be removed.</source>
        <translation>Les étiquettes n’ont pas pu être retirées.</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>Les thèmes de l’article n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>Les thèmes des articles n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The topics&apos; articles could not be counted.</source>
        <translation>Les articles des thèmes n’ont pas pu être comptés.</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be counted.</source>
        <translation>Les articles du thème n’ont pas pu être comptés.</translation>
    </message>
    <message>
        <source>The suggestion could not be rejected.</source>
        <translation>La suggestion n’a pas pu être rejetée.</translation>
    </message>
    <message>
        <source>The rejection could not be undone.</source>
        <translation>Le rejet n’a pas pu être annulé.</translation>
    </message>
    <message>
        <source>The rejected suggestions could not be read.</source>
        <translation>Les suggestions rejetées n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleMatcher</name>
    <message>
        <source>The rule has no pattern.</source>
        <translation>La règle n’a pas de motif.</translation>
    </message>
    <message>
        <source>The pattern “%1…” is longer than %L2 characters.</source>
        <translation>Le motif «&#xa0;%1…&#xa0;» dépasse %L2 caractères.</translation>
    </message>
    <message>
        <source>The regular expression “%1” does not compile: %2 (at character %3).</source>
        <translation>L’expression régulière «&#xa0;%1&#xa0;» ne compile pas&#xa0;: %2 (au caractère %3).</translation>
    </message>
    <message>
        <source>The regular expression “%1” matches empty text, so it would match every article.</source>
        <translation>L’expression régulière «&#xa0;%1&#xa0;» correspond à un texte vide&#xa0;: elle correspondrait donc à tous les articles.</translation>
    </message>
    <message>
        <source>The phrase “%1” has no words to look for.</source>
        <translation>L’expression «&#xa0;%1&#xa0;» ne contient aucun mot à rechercher.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleSet</name>
    <message>
        <source>Topic %1: %2</source>
        <translation>Thème %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicSuggestions</name>
    <message>
        <source>No article has a topic set by hand yet, so there is nothing to learn from. Tag a few articles per topic and suggestions will follow.</source>
        <translation>Aucun article n’a encore de thème attribué à la main&#xa0;: il n’y a donc rien à apprendre. Étiquetez quelques articles par thème et les suggestions suivront.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicsDock</name>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Rechercher un thème</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a topic beside the selected one</source>
        <translation>Ajouter un thème au même niveau que le thème sélectionné</translation>
    </message>
    <message>
        <source>Add Below</source>
        <translation>Ajouter dessous</translation>
    </message>
    <message>
        <source>Add a subtopic</source>
        <translation>Ajouter un sous-thème</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected topic into another</source>
        <translation>Fusionner le thème sélectionné dans un autre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>Afficher les articles de tous les thèmes</translation>
    </message>
    <message>
        <source>Export Taxonomy…</source>
        <translation>Exporter la taxonomie…</translation>
    </message>
    <message>
        <source>Save every topic, with its colour, codes and rules, as a JSON file</source>
        <translation>Enregistrer tous les thèmes, avec leur couleur, leurs codes et leurs règles, dans un fichier JSON</translation>
    </message>
    <message>
        <source>Import Taxonomy…</source>
        <translation>Importer une taxonomie…</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file; topics already there are kept</source>
        <translation>Ajouter les thèmes d’un fichier de taxonomie&#x202f;; les thèmes existants sont conservés</translation>
    </message>
    <message>
        <source>Import Full IPTC Tree</source>
        <translation>Importer l’arborescence IPTC complète</translation>
    </message>
    <message>
        <source>Add every IPTC Media Topic; topics already there are kept</source>
        <translation>Ajouter tous les thèmes IPTC Media Topics&#x202f;; les thèmes existants sont conservés</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <source>Export or import the topic taxonomy</source>
        <translation>Exporter ou importer la taxonomie des thèmes</translation>
    </message>
    <message>
        <source>New Subtopic</source>
        <translation>Nouveau sous-thème</translation>
    </message>
    <message>
        <source>New Topic</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Topic</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its subtopics? %n article(s) will lose the tag. You can undo this.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses sous-thèmes&#x202f;? %n article perdra cette étiquette. Vous pourrez annuler cette opération.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses sous-thèmes&#x202f;? %n articles perdront cette étiquette. Vous pourrez annuler cette opération.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Topic</source>
        <translation>Fusionner le thème</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
    <message>
        <source>Export Taxonomy</source>
        <translation>Exporter la taxonomie</translation>
    </message>
    <message>
        <source>Newsdesk taxonomies (*.json);;All files (*)</source>
        <translation>Taxonomies Newsdesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exported the taxonomy to %1</source>
        <translation>Taxonomie exportée vers %1</translation>
    </message>
    <message>
        <source>Import Taxonomy</source>
        <translation>Importer une taxonomie</translation>
    </message>
    <message>
        <source>IPTC Media Topics</source>
        <translation>IPTC Media Topics</translation>
    </message>
    <message>
        <source>Every topic of “%1” is in the taxonomy already; nothing was added.</source>
        <translation>Tous les thèmes de «&#xa0;%1&#xa0;» figurent déjà dans la taxonomie&#x202f;; rien n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n topic(s) from “%1”</source>
        <translation>
            <numerusform>%n thème importé depuis «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n thèmes importés depuis «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TrashArticles</name>
    <message numerus="yes">
        <source>Restore %n article(s)</source>
        <translation>
            <numerusform>Restaurer %n article</numerusform>
            <numerusform>Restaurer %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>Placer %n article dans la corbeille</numerusform>
            <numerusform>Placer %n articles dans la corbeille</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Triage</name>
    <message>
        <source>Spam score %1 (threshold %2)</source>
        <translation>Score de spam %1 (seuil %2)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageDialog</name>
    <message>
        <source>Run Rules on Pending Comments</source>
        <translation>Appliquer les règles aux commentaires en attente</translation>
    </message>
    <message>
        <source>Running the moderation rules and the spam filter over the pending comments…</source>
        <translation>Application des règles de modération et du filtre antispam aux commentaires en attente…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>Les règles n’ont pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>No comment is pending.</source>
        <translation>Aucun commentaire n’est en attente.</translation>
    </message>
    <message>
        <source>Pending comments: %L1. Approve: %L2 · Spam: %L3 · Reject: %L4 · Stay pending: %L5. Apply writes these decisions as one step you can undo.</source>
        <translation>Commentaires en attente&#xa0;: %L1. Approuver&#xa0;: %L2 · Spam&#xa0;: %L3 · Rejeter&#xa0;: %L4 · Laisser en attente&#xa0;: %L5. «&#xa0;Appliquer&#xa0;» enregistre ces décisions en une seule étape, que vous pouvez annuler.</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>Le filtre antispam a appris à partir de %n commentaire approuvé.</numerusform>
            <numerusform>Le filtre antispam a appris à partir de %n commentaires approuvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>Il a aussi appris à partir de %n commentaire marqué comme spam.</numerusform>
            <numerusform>Il a aussi appris à partir de %n commentaires marqués comme spam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageProposalModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Stays pending</source>
        <extracomment>Triage&apos;s proposal for a comment it leaves as it is.</extracomment>
        <translation>Reste en attente</translation>
    </message>
    <message>
        <source>Stays approved</source>
        <translation>Reste approuvé</translation>
    </message>
    <message>
        <source>Stays spam</source>
        <translation>Reste marqué comme spam</translation>
    </message>
    <message>
        <source>Stays rejected</source>
        <translation>Reste rejeté</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address; Newsdesk fetches only http and https URLs.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#x202f;; Newsdesk ne récupère que des URL http et https.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL; Newsdesk fetches only those.</source>
        <translation>%1 n’est pas une URL http ou https&#x202f;; Newsdesk ne récupère que celles-ci.</translation>
    </message>
    <message>
        <source>“%1” names no server to fetch from.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun serveur à interroger.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>La récupération de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Newsdesk fetches for one page.</source>
        <translation>%1 dépasse %2, la taille maximale que Newsdesk récupère pour une page.</translation>
    </message>
    <message>
        <source>Fetching %1 timed out after %2 s without data from the server.</source>
        <translation>La récupération de %1 a expiré après %2 s sans données du serveur.</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere, and following redirects is turned off.</source>
        <translation>%1 redirige ailleurs, et le suivi des redirections est désactivé.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up on %1 after %n redirect(s); it probably redirects in a loop.</source>
        <translation>
            <numerusform>Abandon de %1 après %n redirection&#x202f;; l’adresse redirige probablement en boucle.</numerusform>
            <numerusform>Abandon de %1 après %n redirections&#x202f;; l’adresse redirige probablement en boucle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which Newsdesk does not follow.</source>
        <translation>%1 redirige de https vers http simple, ce que Newsdesk ne suit pas.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>Le serveur a répondu %1 pour %2.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de récupérer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::WxrCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>pingbacks and trackbacks are notices from other sites, not reader comments</source>
        <translation>les pings et rétroliens sont des notifications d’autres sites, pas des commentaires de lecteurs</translation>
    </message>
    <message numerus="yes">
        <source>The item “%1” has no &lt;link&gt; or &lt;guid&gt;, so its %n comment(s) cannot be matched to an article.</source>
        <translation>
            <numerusform>L’élément «&#xa0;%1&#xa0;» n’a ni &lt;link&gt; ni &lt;guid&gt;&#xa0;: son commentaire (%n) ne peut donc pas être rattaché à un article.</numerusform>
            <numerusform>L’élément «&#xa0;%1&#xa0;» n’a ni &lt;link&gt; ni &lt;guid&gt;&#xa0;: ses %n commentaires ne peuvent donc pas être rattachés à un article.</numerusform>
        </translation>
    </message>
    <message>
        <source>WordPress export (WXR)</source>
        <translation>Exportation WordPress (WXR)</translation>
    </message>
    <message>
        <source>This is not a WordPress export: its root element is &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation>Ce n’est pas une exportation WordPress&#xa0;: son élément racine est &lt;%1&gt;, et non &lt;rss&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had only a local date without a time zone; it was read as UTC.</source>
        <translation>
            <numerusform>%n commentaire n’avait qu’une date locale sans fuseau horaire&#x202f;; elle a été lue comme UTC.</numerusform>
            <numerusform>%n commentaires n’avaient qu’une date locale sans fuseau horaire&#x202f;; elle a été lue comme UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n commentaire avait une date invalide&#x202f;; il a été importé sans date.</numerusform>
            <numerusform>%n commentaires avaient une date invalide&#x202f;; ils ont été importés sans date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>%n adresse d’auteur qui n’était pas un lien http(s) a été omise.</numerusform>
            <numerusform>%n adresses d’auteur qui n’étaient pas des liens http(s) ont été omises.</numerusform>
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
        <translation>Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Bibliothèques Newsdesk (*.sqlite *.newsdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>newsdesk: %1</source>
        <translation>newsdesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>--export-pdf needs --out FILE.</source>
        <translation>--export-pdf nécessite --out FICHIER.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4 or Letter.</source>
        <translation>Taille de page «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez A4 ou Letter.</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1 existe déjà&#x202f;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Newsdesk: import, tag, moderate and export news articles.</source>
        <translation>Newsdesk&#xa0;: importer, étiqueter, modérer et exporter des articles d’actualité.</translation>
    </message>
    <message>
        <source>Open the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>Ouvrir le fichier de bibliothèque &lt;chemin&gt; (par défaut&#xa0;: $NEWSDESK_LIBRARY ou %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>If the library is empty, fill it with the sample articles.</source>
        <translation>Si la bibliothèque est vide, la remplir avec les articles d’exemple.</translation>
    </message>
    <message>
        <source>Print the bundle &lt;name&gt; to PDF and exit.</source>
        <translation>Imprimer le recueil &lt;nom&gt; en PDF, puis quitter.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A4 (the default) or Letter.</source>
        <translation>A4 (par défaut) ou Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>Replace the PDF file if it exists.</source>
        <translation>Remplacer le fichier PDF s’il existe.</translation>
    </message>
    <message>
        <source>Files and web addresses given are imported into the library. When a Newsdesk window has the library open already, they are handed to it and that window comes to the front.</source>
        <translation>Les fichiers et adresses web indiqués sont importés dans la bibliothèque. Si une fenêtre Newsdesk a déjà ouvert cette bibliothèque, ils lui sont transmis et cette fenêtre passe au premier plan.</translation>
    </message>
    <message>
        <source>Pages, feeds, Newsdesk bundles or web addresses to import.</source>
        <translation>Pages, flux, recueils Newsdesk ou adresses web à importer.</translation>
    </message>
</context>
</TS>
