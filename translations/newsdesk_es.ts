<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
            <numerusform>Añadir %n artículo a «%1»</numerusform>
            <numerusform>Añadir %n artículos a «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddBundleSection</name>
    <message>
        <source>Add Section “%1”</source>
        <translation>Añadir la sección «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddComment</name>
    <message>
        <source>Reply to a comment</source>
        <translation>Responder a un comentario</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Añadir un comentario</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ApplyTriage</name>
    <message>
        <source>Apply the moderation rules</source>
        <translation>Aplicar las reglas de moderación</translation>
    </message>
    <message numerus="yes">
        <source>Apply the moderation rules to %n comment(s)</source>
        <translation>
            <numerusform>Aplicar las reglas de moderación a %n comentario</numerusform>
            <numerusform>Aplicar las reglas de moderación a %n comentarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDetailPane</name>
    <message>
        <source>Select an article to read and edit it.</source>
        <translation>Seleccione un artículo para leerlo y editarlo.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation>&amp;Subtítulo:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>&amp;Lugar y fecha:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <source>e.g. en, ja, pt-BR</source>
        <translation>p. ej., en, ja, pt-BR</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Your note on this article (only you see it)</source>
        <translation>Su nota sobre este artículo (solo la ve usted)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Sugeridos:</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Tab: the article shown as it reads (a mode, not &quot;has been read&quot;).</extracomment>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Tab: the article&apos;s fields, to edit them (a mode).</extracomment>
        <translation>Editar</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>añadido el %1</translation>
    </message>
    <message>
        <source>in the trash — restore it to edit</source>
        <translation>en la papelera: restáurelo para editarlo</translation>
    </message>
    <message>
        <source> &lt;i&gt;(rule)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(regla)&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;(suggested, %1%)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(sugerido, %1 %)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none yet — press T to tag&lt;/i&gt;</source>
        <translation>&lt;i&gt;ninguno todavía: pulse T para etiquetar&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;learning from your tags…&lt;/i&gt;</source>
        <translation>&lt;i&gt;aprendiendo de sus etiquetas…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;ninguno&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>&lt;small&gt;Y accepts, N rejects the first&lt;/small&gt;</source>
        <translation>&lt;small&gt;Y acepta la primera sugerencia; N la rechaza&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 (&lt;a href=&quot;relink:%2&quot;&gt;same story after all&lt;/a&gt;)</source>
        <translation>%1 (&lt;a href=&quot;relink:%2&quot;&gt;sí es la misma noticia&lt;/a&gt;)</translation>
    </message>
    <message>
        <source> (&lt;a href=&quot;merge:%1&quot;&gt;merge&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation> (&lt;a href=&quot;merge:%1&quot;&gt;fusionar&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;es otra noticia&lt;/a&gt;)</translation>
    </message>
    <message>
        <source> (first seen; &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation> (primera aparición; &lt;a href=&quot;apart:%1&quot;&gt;es otra noticia&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Also published by %1</source>
        <translation>También publicado por %1</translation>
    </message>
    <message>
        <source>Also ran in %1 (merged)</source>
        <translation>También apareció en %1 (fusionado)</translation>
    </message>
    <message>
        <source>Kept apart from %1</source>
        <translation>Separado de %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFormatter</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Image from %1 not loaded</source>
        <translation>No se ha cargado la imagen de %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Also published by</source>
        <translation>También publicado por</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
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
            <numerusform>%n comentario, %1 en espera de moderación</numerusform>
            <numerusform>%n comentarios, %1 en espera de moderación</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Column header: how well an article matches the search (its relevance).</extracomment>
        <translation>Coincidencia</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>“%1” is not a status: use new, reviewed, selected or rejected.</source>
        <translation>«%1» no es un estado: use new, reviewed, selected o rejected.</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 12h, 7d, 2w or a date such as 2026-11-01.</source>
        <translation>«%1» no es un tiempo: use 12h, 7d, 2w o una fecha como 2026-11-01.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>No existe ningún artículo con el id %1.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Un artículo necesita un título.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>«%1» no es un estado; use new, reviewed, selected o rejected.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; use ISO 8601, e.g. 2026-10-03T08:15:00Z.</source>
        <translation>«%1» no es una fecha y hora; use ISO 8601, p. ej., 2026-10-03T08:15:00Z.</translation>
    </message>
    <message>
        <source>“%1” is not a language tag such as en, ja or pt-BR.</source>
        <translation>«%1» no es una etiqueta de idioma como en, ja o pt-BR.</translation>
    </message>
    <message>
        <source>Some of the articles no longer exist.</source>
        <translation>Algunos de los artículos ya no existen.</translation>
    </message>
    <message>
        <source>The articles could not be listed.</source>
        <translation>No se han podido listar los artículos.</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>No se han podido leer los artículos.</translation>
    </message>
    <message>
        <source>The articles could not be counted.</source>
        <translation>No se han podido contar los artículos.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>No se ha podido leer el artículo.</translation>
    </message>
    <message>
        <source>The article “%1” could not be added.</source>
        <translation>No se ha podido añadir el artículo «%1».</translation>
    </message>
    <message>
        <source>The article could not be changed.</source>
        <translation>No se ha podido modificar el artículo.</translation>
    </message>
    <message>
        <source>The articles could not be moved to the trash.</source>
        <translation>No se han podido mover los artículos a la papelera.</translation>
    </message>
    <message>
        <source>The articles could not be restored from the trash.</source>
        <translation>No se han podido restaurar los artículos de la papelera.</translation>
    </message>
    <message>
        <source>The articles could not be deleted.</source>
        <translation>No se han podido eliminar los artículos.</translation>
    </message>
    <message>
        <source>The trash could not be read.</source>
        <translation>No se ha podido leer la papelera.</translation>
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
        <translation>URL canónica</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL de la imagen</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Crédito de la imagen</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Curator note</source>
        <translation>Nota del curador</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleEntriesModel</name>
    <message>
        <source>(missing article %1)</source>
        <translation>(falta el artículo %1)</translation>
    </message>
    <message>
        <source>Section: the articles below it, up to the next section, are grouped under “%1”.</source>
        <translation>Sección: los artículos que hay debajo, hasta la siguiente sección, se agrupan bajo «%1».</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
    <message>
        <source>HTML site (folder)</source>
        <translation>Sitio HTML (carpeta)</translation>
    </message>
    <message>
        <source>HTML, one file</source>
        <translation>HTML, un solo archivo</translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Canal Atom</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>Canal RSS</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF is printed with Qt WebEngine by the newsdesk program (Bundle › Export Bundle… in the window, or newsdesk-cli export, which runs it); it cannot be written here.</source>
        <translation>El PDF lo imprime con Qt WebEngine el programa newsdesk (Recopilación › Exportar recopilación… en la ventana, o newsdesk-cli export, que lo ejecuta); aquí no se puede generar.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportController</name>
    <message>
        <source>Stop the export</source>
        <translation>Detener la exportación</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exportar recopilación</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Todavía hay una exportación en curso.</translation>
    </message>
    <message>
        <source>%1 exists already; choose to replace it or save elsewhere.</source>
        <translation>%1 ya existe; elija reemplazarlo o guardar en otro lugar.</translation>
    </message>
    <message>
        <source>Printing the bundle to PDF…</source>
        <translation>Imprimiendo la recopilación en PDF…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The bundle could not be exported: %1</source>
        <translation>No se ha podido exportar la recopilación: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Exporting an HTML site…</source>
        <translation>Exportando un sitio HTML…</translation>
    </message>
    <message>
        <source>Exporting one HTML file…</source>
        <translation>Exportando un único archivo HTML…</translation>
    </message>
    <message>
        <source>Exporting a JSON Feed…</source>
        <translation>Exportando un JSON Feed…</translation>
    </message>
    <message>
        <source>Exporting an Atom feed…</source>
        <translation>Exportando un canal Atom…</translation>
    </message>
    <message>
        <source>Exporting an RSS feed…</source>
        <translation>Exportando un canal RSS…</translation>
    </message>
    <message>
        <source>Exporting a PDF…</source>
        <translation>Exportando un PDF…</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportDialog</name>
    <message>
        <source>Export Bundle “%1”</source>
        <translation>Exportar la recopilación «%1»</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Embed images in the file</source>
        <translation>Incrustar las imágenes en el archivo</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrada</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Template folder:</source>
        <translation>Carpeta de &amp;plantillas:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Copy images into the site</source>
        <translation>Copiar las imágenes en el sitio</translation>
    </message>
    <message>
        <source>Folder for the Site</source>
        <translation>Carpeta para el sitio</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exportar recopilación</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>Carpeta de plantillas</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>La carpeta de plantillas %1 no existe.</translation>
    </message>
    <message>
        <source>Replace Existing Export?</source>
        <translation>¿Reemplazar la exportación existente?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 ya existe. ¿Reemplazarlo con esta exportación?</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleFeeds</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Leer en %1</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>Recopilación sin título</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleHtml</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>The template folder has no %1.mustache.</source>
        <translation>La carpeta de plantillas no tiene %1.mustache.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>article title — bundle title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>Recopilación sin título</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Curator’s note</source>
        <translation>Nota del curador</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Selected and published with Newsdesk. Each article links to its source.</source>
        <translation>Seleccionado y publicado con Newsdesk. Cada artículo enlaza a su fuente.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleJson</name>
    <message>
        <source>The file&apos;s Newsdesk fields do not say which format version they are in.</source>
        <translation>Los campos de Newsdesk del archivo no indican en qué versión del formato están.</translation>
    </message>
    <message>
        <source>This bundle was exported by a newer Newsdesk (format %1; this version reads up to format %2). Update Newsdesk to import it.</source>
        <translation>Esta recopilación se exportó con una versión más reciente de Newsdesk (formato %1; esta versión lee hasta el formato %2). Actualice Newsdesk para importarla.</translation>
    </message>
    <message>
        <source>Imported bundle</source>
        <translation>Recopilación importada</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be text.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser texto.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be true or false.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser true o false.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a whole number, 0 or more.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser un número entero, 0 o mayor.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a date such as 2024-05-01T09:30:00Z.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser una fecha como 2024-05-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a list.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser una lista.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be an object.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser un objeto.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a topic&apos;s name.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser el nombre de un tema.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the comment&apos;s id.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser el id del comentario.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a section&apos;s heading.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser el encabezado de una sección.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the index of the section&apos;s first item, in order.</source>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser el índice del primer elemento de la sección, en orden.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be one of %2.</source>
        <extracomment>%1 is where in the file (“items[0]._newsdesk.status”), %2 the allowed values, as they are.</extracomment>
        <translation>No se pueden leer los campos de Newsdesk del archivo: «%1» debería ser uno de estos valores: %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleListModel</name>
    <message numerus="yes">
        <source>%1
%n article(s), changed %2</source>
        <translation>
            <numerusform>%1
%n artículo, modificada el %2</numerusform>
            <numerusform>%1
%n artículos, modificada el %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePdfPrinter</name>
    <message>
        <source>The bundle&apos;s page could not be loaded for printing.</source>
        <translation>No se ha podido cargar la página de la recopilación para imprimirla.</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>No se ha podido maquetar la página.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePreview</name>
    <message>
        <source>Choose a bundle to see it as it will be published.</source>
        <translation>Elija una recopilación para verla tal como se publicará.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>No se ha podido generar la vista previa: %1</translation>
    </message>
    <message>
        <source>The full preview is not available, so the bundle is shown in a simpler view.</source>
        <translation>La vista previa completa no está disponible, así que la recopilación se muestra en una vista más sencilla.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleRepository</name>
    <message>
        <source>A bundle needs a name.</source>
        <translation>Una recopilación necesita un nombre.</translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation>Una sección necesita un encabezado.</translation>
    </message>
    <message>
        <source>Article %1 is in the bundle twice.</source>
        <translation>El artículo %1 está dos veces en la recopilación.</translation>
    </message>
    <message>
        <source>There is no bundle %1.</source>
        <translation>No existe la recopilación %1.</translation>
    </message>
    <message>
        <source>There is no bundle named “%1”.</source>
        <translation>No existe ninguna recopilación llamada «%1».</translation>
    </message>
    <message>
        <source>There is already a bundle named “%1”.</source>
        <translation>Ya existe una recopilación llamada «%1».</translation>
    </message>
    <message>
        <source>Article %1 cannot go into the bundle: %2</source>
        <translation>El artículo %1 no puede entrar en la recopilación: %2</translation>
    </message>
    <message>
        <source>The bundles could not be listed.</source>
        <translation>No se han podido listar las recopilaciones.</translation>
    </message>
    <message>
        <source>The bundle could not be read.</source>
        <translation>No se ha podido leer la recopilación.</translation>
    </message>
    <message>
        <source>The bundle could not be looked up.</source>
        <translation>No se ha podido buscar la recopilación.</translation>
    </message>
    <message>
        <source>The bundle could not be saved.</source>
        <translation>No se ha podido guardar la recopilación.</translation>
    </message>
    <message>
        <source>The bundle could not be created.</source>
        <translation>No se ha podido crear la recopilación.</translation>
    </message>
    <message>
        <source>The bundle could not be deleted.</source>
        <translation>No se ha podido eliminar la recopilación.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesDock</name>
    <message>
        <source>Bundles</source>
        <translation>Recopilaciones</translation>
    </message>
    <message>
        <source>Drag articles onto a bundle to add them; double-click a bundle to open it.</source>
        <translation>Arrastre artículos a una recopilación para añadirlos; haga doble clic en una recopilación para abrirla.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>Se ha añadido %n artículo a «%1».</numerusform>
            <numerusform>Se han añadido %n artículos a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Ya está en «%1».</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesView</name>
    <message>
        <source>&amp;New Bundle</source>
        <translation>&amp;Nueva recopilación</translation>
    </message>
    <message>
        <source>Make a new, empty bundle</source>
        <translation>Crear una recopilación nueva y vacía</translation>
    </message>
    <message>
        <source>&amp;Rename Bundle</source>
        <translation>&amp;Renombrar recopilación</translation>
    </message>
    <message>
        <source>Rename the bundle (F2)</source>
        <translation>Renombrar la recopilación (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Bundle</source>
        <translation>D&amp;uplicar recopilación</translation>
    </message>
    <message>
        <source>Make a copy of the bundle</source>
        <translation>Hacer una copia de la recopilación</translation>
    </message>
    <message>
        <source>&amp;Delete Bundle</source>
        <translation>&amp;Eliminar recopilación</translation>
    </message>
    <message>
        <source>Delete the bundle (Delete; Undo brings it back)</source>
        <translation>Eliminar la recopilación (Supr; Deshacer la recupera)</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>E&amp;xportar recopilación…</translation>
    </message>
    <message>
        <source>Export the bundle as HTML, JSON, a feed or PDF</source>
        <translation>Exportar la recopilación como HTML, JSON, un canal o PDF</translation>
    </message>
    <message>
        <source>&amp;Remove from Bundle</source>
        <translation>&amp;Quitar de la recopilación</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Quitar las entradas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Add &amp;Section Above…</source>
        <translation>Añadir &amp;sección encima…</translation>
    </message>
    <message>
        <source>Add a heading that groups the articles below it</source>
        <translation>Añadir un encabezado que agrupe los artículos que hay debajo</translation>
    </message>
    <message>
        <source>Re&amp;name Section</source>
        <translation>Re&amp;nombrar sección</translation>
    </message>
    <message>
        <source>Change the section&apos;s heading (F2)</source>
        <translation>Cambiar el encabezado de la sección (F2)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recopilaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The bundle&apos;s name</source>
        <translation>El nombre de la recopilación</translation>
    </message>
    <message>
        <source>A few words introducing the selection; a blank line starts a paragraph</source>
        <translation>Unas palabras para presentar la selección; una línea en blanco empieza un párrafo</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <source>Approved &amp;comments</source>
        <translation>&amp;Comentarios aprobados</translation>
    </message>
    <message>
        <source>Only approved comments are ever published; pending, spam and rejected ones never are</source>
        <translation>Solo se publican los comentarios aprobados; nunca los pendientes, los de spam ni los rechazados</translation>
    </message>
    <message>
        <source>Source &amp;links</source>
        <translation>&amp;Enlaces a la fuente</translation>
    </message>
    <message>
        <source>e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>p. ej., topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>Re&amp;llenar</translation>
    </message>
    <message>
        <source>Add the articles the saved search finds that are not in the bundle yet</source>
        <translation>Añadir los artículos que encuentra la búsqueda guardada y que aún no están en la recopilación</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Int&amp;ro:</source>
        <translation>Intr&amp;oducción:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation>&amp;Búsqueda guardada:</translation>
    </message>
    <message>
        <source>&amp;Blurb:</source>
        <translation>Re&amp;seña:</translation>
    </message>
    <message>
        <source>Your words on the selected article, shown with it</source>
        <translation>Sus palabras sobre el artículo seleccionado, que se muestran con él</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; (drag to reorder, or drag articles in)</source>
        <translation>&lt;b&gt;Entradas&lt;/b&gt; (arrastre para reordenar o para añadir artículos)</translation>
    </message>
    <message>
        <source>&amp;Blurb for “%1”:</source>
        <translation>Re&amp;seña de «%1»:</translation>
    </message>
    <message>
        <source>&amp;Blurb (select an article):</source>
        <translation>Re&amp;seña (seleccione un artículo):</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Nueva recopilación</translation>
    </message>
    <message>
        <source>New Bundle</source>
        <translation>Nueva recopilación</translation>
    </message>
    <message>
        <source>Add to Bundle</source>
        <translation>Añadir a la recopilación</translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Ya está en «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>Se ha añadido %n artículo a «%1».</numerusform>
            <numerusform>Se han añadido %n artículos a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>New Bundle…</source>
        <translation>Nueva recopilación…</translation>
    </message>
    <message>
        <source>Made a new bundle; rename it on the Bundles page (F2).</source>
        <translation>Se ha creado una recopilación nueva; cámbiele el nombre en la página Recopilaciones (F2).</translation>
    </message>
    <message>
        <source>Deleted the bundle “%1”. Undo brings it back.</source>
        <translation>Se ha eliminado la recopilación «%1». Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <source>Section heading:</source>
        <translation>Encabezado de la sección:</translation>
    </message>
    <message>
        <source>Fill from Saved Search</source>
        <translation>Rellenar desde la búsqueda guardada</translation>
    </message>
    <message>
        <source>Type a search first, as in the article list, e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>Escriba primero una búsqueda, como en la lista de artículos, p. ej., topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>The saved search could not be run: %1</source>
        <translation>No se ha podido ejecutar la búsqueda guardada: %1</translation>
    </message>
    <message>
        <source>The saved search finds no articles.</source>
        <translation>La búsqueda guardada no encuentra ningún artículo.</translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
        <translation>&amp;Imágenes</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Cli</name>
    <message>
        <source>The title readers see (the name when not given).</source>
        <translation>El título que ven los lectores (el nombre si no se indica).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The curator&apos;s introduction, plain text.</source>
        <translation>La introducción del curador, en texto sin formato.</translation>
    </message>
    <message>
        <source>The saved search that fills the bundle, as typed in the window, e.g. &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</source>
        <translation>La búsqueda guardada que rellena la recopilación, tal como se escribe en la ventana, p. ej., &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</translation>
    </message>
    <message>
        <source>What exports carry besides the articles: a comma-separated list of topics, comments (approved ones only), images, source-links, or none.</source>
        <translation>Lo que incluyen las exportaciones además de los artículos: una lista separada por comas de topics (temas), comments (solo los comentarios aprobados), images (imágenes), source-links (enlaces a la fuente) o none (nada).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>--include takes topics, comments, images, source-links or none, separated by commas.</source>
        <translation>--include admite topics, comments, images, source-links o none, separados por comas.</translation>
    </message>
    <message>
        <source>NAME [--title T] [--intro TEXT] [--search S]</source>
        <translation>NOMBRE [--title T] [--intro TEXTO] [--search S]</translation>
    </message>
    <message>
        <source>Create an empty bundle. Its name is how commands find it.</source>
        <translation>Crear una recopilación vacía. Las órdenes la encuentran por su nombre.</translation>
    </message>
    <message>
        <source>bundle create takes one name (quote it if it has spaces).</source>
        <translation>bundle create admite un solo nombre (entre comillas si contiene espacios).</translation>
    </message>
    <message>
        <source>Created bundle “%1”.</source>
        <translation>Se ha creado la recopilación «%1».</translation>
    </message>
    <message>
        <source>Give the bundle a new name.</source>
        <translation>Dar un nombre nuevo a la recopilación.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]</source>
        <translation>NOMBRE [--rename NUEVO] [--title T] [--intro TEXTO] [--search S] [--include LISTA]</translation>
    </message>
    <message>
        <source>Change a bundle&apos;s name, title, introduction, saved search or what its exports include.</source>
        <translation>Cambiar el nombre, el título, la introducción, la búsqueda guardada de una recopilación o lo que incluyen sus exportaciones.</translation>
    </message>
    <message>
        <source>bundle set takes the bundle&apos;s name and options.</source>
        <translation>bundle set admite el nombre de la recopilación y opciones.</translation>
    </message>
    <message>
        <source>Saved bundle “%1”.</source>
        <translation>Se ha guardado la recopilación «%1».</translation>
    </message>
    <message>
        <source>NAME ID...</source>
        <translation>NOMBRE ID...</translation>
    </message>
    <message>
        <source>Add articles to the end of a bundle; articles already in it stay where they are.</source>
        <translation>Añadir artículos al final de una recopilación; los artículos que ya están en ella no se mueven.</translation>
    </message>
    <message>
        <source>bundle add takes the bundle&apos;s name and article ids.</source>
        <translation>bundle add admite el nombre de la recopilación e ids de artículos.</translation>
    </message>
    <message>
        <source>Article %1 is in the trash; restore it first.</source>
        <translation>El artículo %1 está en la papelera; restáurelo primero.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>Se ha añadido %n artículo a «%1».</numerusform>
            <numerusform>Se han añadido %n artículos a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill from this search and save it with the bundle.</source>
        <translation>Rellenar a partir de esta búsqueda y guardarla con la recopilación.</translation>
    </message>
    <message>
        <source>At most this many articles (default 1000).</source>
        <translation>Como máximo, este número de artículos (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NAME [--search S] [--limit N]</source>
        <translation>NOMBRE [--search S] [--limit N]</translation>
    </message>
    <message>
        <source>Add the articles the bundle&apos;s saved search finds, newest first, after those already in it.</source>
        <translation>Añadir los artículos que encuentra la búsqueda guardada de la recopilación, primero los más recientes, después de los que ya contiene.</translation>
    </message>
    <message>
        <source>bundle fill takes the bundle&apos;s name.</source>
        <translation>bundle fill admite el nombre de la recopilación.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit admite un número positivo.</translation>
    </message>
    <message>
        <source>Take articles out of a bundle (they stay in the library).</source>
        <translation>Sacar artículos de una recopilación (siguen en la biblioteca).</translation>
    </message>
    <message>
        <source>bundle remove takes the bundle&apos;s name and article ids.</source>
        <translation>bundle remove admite el nombre de la recopilación e ids de artículos.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from “%1”.</source>
        <translation>
            <numerusform>Se ha quitado %n artículo de «%1».</numerusform>
            <numerusform>Se han quitado %n artículos de «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the section before this article.</source>
        <translation>Colocar la sección antes de este artículo.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>NAME HEADING [--before ID]</source>
        <translation>NOMBRE ENCABEZADO [--before ID]</translation>
    </message>
    <message>
        <source>Add a section heading that groups the articles after it; at the end unless --before names an article.</source>
        <translation>Añadir un encabezado de sección que agrupe los artículos que le siguen; al final, salvo que --before indique un artículo.</translation>
    </message>
    <message>
        <source>bundle section takes the bundle&apos;s name and the heading.</source>
        <translation>bundle section admite el nombre de la recopilación y el encabezado.</translation>
    </message>
    <message>
        <source>Article %1 is not in “%2”.</source>
        <translation>El artículo %1 no está en «%2».</translation>
    </message>
    <message>
        <source>Added the section.</source>
        <translation>Se ha añadido la sección.</translation>
    </message>
    <message>
        <source>NAME ID TEXT</source>
        <translation>NOMBRE ID TEXTO</translation>
    </message>
    <message>
        <source>Set the curator&apos;s words on an article of the bundle (empty text removes them).</source>
        <translation>Establecer las palabras del curador sobre un artículo de la recopilación (un texto vacío las elimina).</translation>
    </message>
    <message>
        <source>bundle blurb takes the bundle&apos;s name, an article id and the text.</source>
        <translation>bundle blurb admite el nombre de la recopilación, un id de artículo y el texto.</translation>
    </message>
    <message>
        <source>Saved the blurb.</source>
        <translation>Se ha guardado la reseña.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Delete a bundle; its articles stay in the library.</source>
        <translation>Eliminar una recopilación; sus artículos siguen en la biblioteca.</translation>
    </message>
    <message>
        <source>bundle delete takes the bundle&apos;s name.</source>
        <translation>bundle delete admite el nombre de la recopilación.</translation>
    </message>
    <message>
        <source>Deleted bundle “%1”.</source>
        <translation>Se ha eliminado la recopilación «%1».</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>List the library&apos;s bundles by name.</source>
        <translation>Listar las recopilaciones de la biblioteca por nombre.</translation>
    </message>
    <message>
        <source>bundle list takes no arguments.</source>
        <translation>bundle list no admite argumentos.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %n article(s)  %2</source>
        <translation>
            <numerusform>%1  %n artículo  %2</numerusform>
            <numerusform>%1  %n artículos  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles yet; `bundle create NAME` makes one.</source>
        <translation>Aún no hay recopilaciones; `bundle create NOMBRE` crea una.</translation>
    </message>
    <message>
        <source>NAME [--json]</source>
        <translation>NOMBRE [--json]</translation>
    </message>
    <message>
        <source>Show a bundle: its title, introduction, options and entries in order.</source>
        <translation>Mostrar una recopilación: su título, introducción, opciones y entradas en orden.</translation>
    </message>
    <message>
        <source>bundle show takes the bundle&apos;s name.</source>
        <translation>bundle show admite el nombre de la recopilación.</translation>
    </message>
    <message>
        <source> (in the trash: left out of exports)</source>
        <translation> (en la papelera: excluido de las exportaciones)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Búsqueda guardada: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Incluye: %1</translation>
    </message>
    <message>
        <source>PDF export needs the newsdesk program (it prints with Qt WebEngine), and it was not found next to newsdesk-cli or on PATH.</source>
        <translation>La exportación a PDF necesita el programa newsdesk (imprime con Qt WebEngine) y no se ha encontrado junto a newsdesk-cli ni en el PATH.</translation>
    </message>
    <message>
        <source>Printing the PDF failed: %1</source>
        <translation>No se ha podido imprimir el PDF: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>Se ha exportado «%1» a %2.</translation>
    </message>
    <message>
        <source>Make and change bundles: named, ordered selections of articles with the curator&apos;s words, which `export --bundle NAME` publishes. `bundle ACTION --help` tells more.</source>
        <translation>Crear y modificar recopilaciones: selecciones ordenadas y con nombre de artículos, con las palabras del curador, que `export --bundle NOMBRE` publica. `bundle ACCIÓN --help` da más detalles.</translation>
    </message>
    <message>
        <source>bundle needs an action: create, set, add, fill, remove, section, blurb, delete, list or show.</source>
        <translation>bundle necesita una acción: create, set, add, fill, remove, section, blurb, delete, list o show.</translation>
    </message>
    <message>
        <source>“%1” is not a bundle action.</source>
        <translation>«%1» no es una acción de bundle.</translation>
    </message>
    <message>
        <source>The bundle to export.</source>
        <translation>La recopilación que se exportará.</translation>
    </message>
    <message>
        <source>html (a folder site), html-single, json, atom, rss or pdf.</source>
        <translation>html (un sitio en una carpeta), html-single, json, atom, rss o pdf.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The file, or for html the folder, to write.</source>
        <translation>El archivo que se escribirá o, para html, la carpeta.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Replace output that is already there.</source>
        <translation>Reemplazar la salida que ya exista.</translation>
    </message>
    <message>
        <source>Leave the articles&apos; kept images out of HTML exports.</source>
        <translation>Dejar fuera de las exportaciones HTML las imágenes guardadas de los artículos.</translation>
    </message>
    <message>
        <source>A template folder for the HTML (the built-in one otherwise).</source>
        <translation>Una carpeta de plantillas para el HTML (si no, la integrada).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>A4 or Letter, for pdf.</source>
        <translation>A4 o Letter, para pdf.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>--bundle NAME --format html|html-single|json|atom|rss|pdf --out PATH [--force]</source>
        <translation>--bundle NOMBRE --format html|html-single|json|atom|rss|pdf --out RUTA [--force]</translation>
    </message>
    <message>
        <source>Publish a bundle. Files are replaced only once complete; output that is already there is kept unless --force is given.</source>
        <translation>Publicar una recopilación. Los archivos solo se reemplazan cuando están completos; la salida que ya exista se conserva salvo que se indique --force.</translation>
    </message>
    <message>
        <source>export takes only options.</source>
        <translation>export solo admite opciones.</translation>
    </message>
    <message>
        <source>export needs --bundle NAME and --out PATH.</source>
        <translation>export necesita --bundle NOMBRE y --out RUTA.</translation>
    </message>
    <message>
        <source>“%1” is not an export format; use html, html-single, json, atom, rss or pdf.</source>
        <translation>«%1» no es un formato de exportación; use html, html-single, json, atom, rss o pdf.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size admite A4 o Letter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported “%1” (%n article(s)) to %2.</source>
        <translation>
            <numerusform>Se ha exportado «%1» (%n artículo) a %2.</numerusform>
            <numerusform>Se ha exportado «%1» (%n artículos) a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the library&apos;s path, schema version and counts.</source>
        <translation>Mostrar la ruta de la biblioteca, la versión del esquema y los recuentos.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info no admite argumentos.</translation>
    </message>
    <message>
        <source>Library: %1
Schema version: %2
Articles: %3
%4In the trash: %5
Comments: %6 (%7 pending)
</source>
        <translation>Biblioteca: %1
Versión del esquema: %2
Artículos: %3
%4En la papelera: %5
Comentarios: %6 (%7 pendientes)
</translation>
    </message>
    <message>
        <source>Only articles with this status: new, reviewed, selected or rejected.</source>
        <translation>Solo los artículos con este estado: new, reviewed, selected o rejected.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; articles (default 100).</source>
        <translation>Listar como máximo &lt;n&gt; artículos (predeterminado: 100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>List the trash instead.</source>
        <translation>Listar la papelera en su lugar.</translation>
    </message>
    <message>
        <source>List articles, newest first.</source>
        <translation>Listar los artículos, primero los más recientes.</translation>
    </message>
    <message>
        <source>list takes no arguments; use search to find articles.</source>
        <translation>list no admite argumentos; use search para buscar artículos.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>«%1» no es un estado; use new, reviewed, selected o rejected.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit necesita un número positivo.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show one article with all its fields.</source>
        <translation>Mostrar un artículo con todos sus campos.</translation>
    </message>
    <message>
        <source>show takes one article id.</source>
        <translation>show admite un id de artículo.</translation>
    </message>
    <message>
        <source>Words: %1
</source>
        <translation>Palabras: %1
</translation>
    </message>
    <message>
        <source>In the trash since %1
</source>
        <translation>En la papelera desde %1
</translation>
    </message>
    <message>
        <source>Topics: %1
</source>
        <translation>Temas: %1
</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (default 20).</source>
        <translation>Mostrar como máximo &lt;n&gt; resultados (predeterminado: 20).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>CONSULTA</translation>
    </message>
    <message>
        <source>Full-text search over title, dek, byline and body, best match first. Words must all match; &quot;quoted phrases&quot;, OR and NOT work.</source>
        <translation>Búsqueda de texto completo en el título, el subtítulo, la firma y el cuerpo, con la mejor coincidencia primero. Deben coincidir todas las palabras; se admiten &quot;frases entre comillas&quot;, OR y NOT.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search necesita una consulta.</translation>
    </message>
    <message>
        <source>Article %1: changed %2.</source>
        <translation>Artículo %1: cambios en %2.</translation>
    </message>
    <message>
        <source>ID STATUS</source>
        <translation>ID ESTADO</translation>
    </message>
    <message>
        <source>Set an article&apos;s status: new, reviewed, selected or rejected.</source>
        <translation>Establecer el estado de un artículo: new, reviewed, selected o rejected.</translation>
    </message>
    <message>
        <source>set-status takes an article id and a status.</source>
        <translation>set-status admite un id de artículo y un estado.</translation>
    </message>
    <message>
        <source>ID TEXT</source>
        <translation>ID TEXTO</translation>
    </message>
    <message>
        <source>Set the curator note of an article (an empty TEXT clears it).</source>
        <translation>Establecer la nota del curador de un artículo (un TEXTO vacío la borra).</translation>
    </message>
    <message>
        <source>note takes an article id and the note&apos;s text.</source>
        <translation>note admite un id de artículo y el texto de la nota.</translation>
    </message>
    <message>
        <source>ID FIELD=VALUE...</source>
        <translation>ID CAMPO=VALOR...</translation>
    </message>
    <message>
        <source>Change fields of an article in one step. Fields: %1. Dates are ISO 8601.</source>
        <translation>Modificar varios campos de un artículo en un solo paso. Campos: %1. Las fechas van en ISO 8601.</translation>
    </message>
    <message>
        <source>edit takes an article id and at least one FIELD=VALUE.</source>
        <translation>edit admite un id de artículo y al menos un CAMPO=VALOR.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE with a field among: %2.</source>
        <translation>«%1» no tiene la forma CAMPO=VALOR con un campo entre: %2.</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <source>Bring articles back from the trash.</source>
        <translation>Sacar artículos de la papelera.</translation>
    </message>
    <message>
        <source>Move articles to the trash; restore brings them back.</source>
        <translation>Mover artículos a la papelera; restore los recupera.</translation>
    </message>
    <message>
        <source>Article %1 is not in the trash.</source>
        <translation>El artículo %1 no está en la papelera.</translation>
    </message>
    <message>
        <source>Article %1 is already in the trash.</source>
        <translation>El artículo %1 ya está en la papelera.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s).</source>
        <translation>
            <numerusform>Se ha restaurado %n artículo.</numerusform>
            <numerusform>Se han restaurado %n artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>Se ha movido %n artículo a la papelera.</numerusform>
            <numerusform>Se han movido %n artículos a la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the articles in the trash for good, with their comments and tags.</source>
        <translation>Eliminar definitivamente los artículos de la papelera, con sus comentarios y etiquetas.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>Se ha eliminado definitivamente %n artículo.</numerusform>
            <numerusform>Se han eliminado definitivamente %n artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the fictional sample articles and comments to the library.</source>
        <translation>Añadir a la biblioteca los artículos y comentarios ficticios de ejemplo.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>Se ha añadido %n artículo de ejemplo.</numerusform>
            <numerusform>Se han añadido %n artículos de ejemplo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Library path, schema version and counts</source>
        <translation>Ruta de la biblioteca, versión del esquema y recuentos</translation>
    </message>
    <message>
        <source>List articles [--status S] [--limit N] [--trash]</source>
        <translation>Listar artículos [--status S] [--limit N] [--trash]</translation>
    </message>
    <message>
        <source>Show one article</source>
        <translation>Mostrar un artículo</translation>
    </message>
    <message>
        <source>Full-text search, best match first</source>
        <translation>Búsqueda de texto completo, la mejor coincidencia primero</translation>
    </message>
    <message>
        <source>Set an article&apos;s status</source>
        <translation>Establecer el estado de un artículo</translation>
    </message>
    <message>
        <source>Set an article&apos;s curator note</source>
        <translation>Establecer la nota del curador de un artículo</translation>
    </message>
    <message>
        <source>Change fields of an article</source>
        <translation>Modificar campos de un artículo</translation>
    </message>
    <message>
        <source>Move articles to the trash</source>
        <translation>Mover artículos a la papelera</translation>
    </message>
    <message>
        <source>Bring articles back from the trash</source>
        <translation>Sacar artículos de la papelera</translation>
    </message>
    <message>
        <source>Delete the trash for good</source>
        <translation>Vaciar definitivamente la papelera</translation>
    </message>
    <message>
        <source>Add the sample articles</source>
        <translation>Añadir los artículos de ejemplo</translation>
    </message>
    <message>
        <source>Import files, folders, feeds and URLs</source>
        <translation>Importar archivos, carpetas, canales y URL</translation>
    </message>
    <message>
        <source>Show, change, export or import the topic tree</source>
        <translation>Mostrar, modificar, exportar o importar el árbol de temas</translation>
    </message>
    <message>
        <source>Tag an article with topics</source>
        <translation>Etiquetar un artículo con temas</translation>
    </message>
    <message>
        <source>Remove topics from an article</source>
        <translation>Quitar temas de un artículo</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules [--dry-run]</source>
        <translation>Aplicar las reglas de los temas [--dry-run]</translation>
    </message>
    <message>
        <source>Suggest topics learned from the library&apos;s tags</source>
        <translation>Sugerir temas aprendidos de las etiquetas de la biblioteca</translation>
    </message>
    <message>
        <source>List, triage or import reader comments</source>
        <translation>Listar, clasificar o importar comentarios de lectores</translation>
    </message>
    <message>
        <source>Approve, reject or mark comments as spam</source>
        <translation>Aprobar, rechazar o marcar comentarios como spam</translation>
    </message>
    <message>
        <source>Show or change moderation settings, print the log</source>
        <translation>Mostrar o cambiar la configuración de moderación, imprimir el registro</translation>
    </message>
    <message>
        <source>Make and change curated bundles</source>
        <translation>Crear y modificar recopilaciones</translation>
    </message>
    <message>
        <source>Export a bundle as HTML, JSON, Atom, RSS or PDF</source>
        <translation>Exportar una recopilación como HTML, JSON, Atom, RSS o PDF</translation>
    </message>
    <message>
        <source>Extract articles from files, without a library</source>
        <translation>Extraer artículos de archivos, sin biblioteca</translation>
    </message>
    <message>
        <source>Use the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>Usar el archivo de biblioteca de &lt;ruta&gt; (predeterminado: $NEWSDESK_LIBRARY o %1).</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>Imprimir el resultado como JSON, para scripts.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>newsdesk-cli: %1</source>
        <translation>newsdesk-cli: %1</translation>
    </message>
    <message>
        <source>Try “newsdesk-cli --help”.</source>
        <translation>Pruebe «newsdesk-cli --help».</translation>
    </message>
    <message>
        <source>Give at least one article id.</source>
        <translation>Indique al menos un id de artículo.</translation>
    </message>
    <message>
        <source>“%1” is not an article id.</source>
        <translation>«%1» no es un id de artículo.</translation>
    </message>
    <message>
        <source>%1: %2, %3 added, %4 already there, %5 skipped
</source>
        <translation>%1: %2, %3 añadidos, %4 ya existentes, %5 omitidos
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  omitido %1: %2
</translation>
    </message>
    <message>
        <source>  issue: %1
</source>
        <translation>  problema: %1
</translation>
    </message>
    <message>
        <source>Attach comments whose file names no article (the YouTube Spam Collection, a CSV without article_url or article_id) to the article with this id.</source>
        <translation>Asociar al artículo con este id los comentarios cuyo archivo no indica ningún artículo (la YouTube Spam Collection, un CSV sin article_url ni article_id).</translation>
    </message>
    <message>
        <source>Read the files as %1 instead of recognising the format from their content.</source>
        <translation>Leer los archivos como %1 en lugar de reconocer el formato por su contenido.</translation>
    </message>
    <message>
        <source>Take spam labels (the YouTube Spam Collection&apos;s CLASS) as moderation statuses: 1 spam, 0 approved. Without it they are ignored and the comments are pending.</source>
        <translation>Tomar las etiquetas de spam (la columna CLASS de la YouTube Spam Collection) como estados de moderación: 1 spam, 0 aprobado. Sin esta opción se ignoran y los comentarios quedan pendientes.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ARCHIVO...</translation>
    </message>
    <message>
        <source>Import reader comments from WordPress (WXR) or Disqus exports, CSV or JSON files. Each comment goes to its article in the library (by address or id); comments of articles the library does not have are skipped. Importing a file again adds nothing. Exits with 1 when a file could not be imported.</source>
        <translation>Importar comentarios de lectores desde exportaciones de WordPress (WXR) o Disqus, o desde archivos CSV o JSON. Cada comentario se asocia a su artículo de la biblioteca (por dirección o id); se omiten los comentarios de artículos que no están en la biblioteca. Importar de nuevo un archivo no añade nada. Termina con 1 si no se ha podido importar algún archivo.</translation>
    </message>
    <message>
        <source>comments import needs at least one file.</source>
        <translation>comments import necesita al menos un archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use %2.</source>
        <translation>«%1» no es un formato de comentarios; use %2.</translation>
    </message>
    <message>
        <source>Read folders with their subfolders.</source>
        <translation>Leer las carpetas con sus subcarpetas.</translation>
    </message>
    <message>
        <source>FILE|FOLDER...</source>
        <translation>ARCHIVO|CARPETA...</translation>
    </message>
    <message>
        <source>Extract articles from pages, text files and feeds without touching a library. With --json, prints one JSON object per article, one per line.</source>
        <translation>Extraer artículos de páginas, archivos de texto y canales sin tocar ninguna biblioteca. Con --json, imprime un objeto JSON por artículo, uno por línea.</translation>
    </message>
    <message>
        <source>extract needs at least one file or folder.</source>
        <translation>extract necesita al menos un archivo o una carpeta.</translation>
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
  Título: %3
  Firma: %4
  Lugar y fecha: %5  Agencia: %6  Fuente: %7
  Publicado: %8  Idioma: %9
</translation>
    </message>
    <message>
        <source>  lists %1</source>
        <translation>  enumera %1</translation>
    </message>
    <message>
        <source>PATH|URL...</source>
        <translation>RUTA|URL...</translation>
    </message>
    <message>
        <source>Import pages, text files, feeds, OPML lists, folders and URLs into the library. Duplicates are skipped; another site&apos;s copy of a story is linked to it. With --json, prints one JSON object per input, one per line.</source>
        <translation>Importar a la biblioteca páginas, archivos de texto, canales, listas OPML, carpetas y URL. Se omiten los duplicados; la copia de una noticia en otro sitio se vincula a ella. Con --json, imprime un objeto JSON por entrada, uno por línea.</translation>
    </message>
    <message>
        <source>import needs at least one file, folder or URL.</source>
        <translation>import necesita al menos un archivo, una carpeta o una URL.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3/s, %4 s left)</source>
        <translation>%1 de %2 (%3/s, quedan %4 s)</translation>
    </message>
    <message>
        <source>Only comments with this status: pending, approved, spam or rejected.</source>
        <translation>Solo los comentarios con este estado: pending, approved, spam o rejected.</translation>
    </message>
    <message>
        <source>Only the comments of this article.</source>
        <translation>Solo los comentarios de este artículo.</translation>
    </message>
    <message>
        <source>Only comments whose author&apos;s name, email or IP address is this.</source>
        <translation>Solo los comentarios cuyo autor tiene este nombre, correo electrónico o dirección IP.</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; comments (default 100).</source>
        <translation>Listar como máximo &lt;n&gt; comentarios (predeterminado: 100).</translation>
    </message>
    <message>
        <source>[triage | import FILE... | add ARTICLE_ID TEXT]</source>
        <translation>[triage | import ARCHIVO... | add ID_ARTICULO TEXTO]</translation>
    </message>
    <message>
        <source>List reader comments, newest first. `comments triage` proposes moderation decisions for the pending ones; `comments import` reads comment files.</source>
        <translation>Listar los comentarios de lectores, primero los más recientes. `comments triage` propone decisiones de moderación para los pendientes; `comments import` lee archivos de comentarios.</translation>
    </message>
    <message>
        <source>“%1” is not a comments action; use triage, import or add.</source>
        <translation>«%1» no es una acción de comments; use triage, import o add.</translation>
    </message>
    <message>
        <source>“%1” is not a comment status; use pending, approved, spam or rejected.</source>
        <translation>«%1» no es un estado de comentario; use pending, approved, spam o rejected.</translation>
    </message>
    <message>
        <source>Make the proposed decisions (and store the scores), in one step.</source>
        <translation>Aplicar las decisiones propuestas (y guardar las puntuaciones) en un solo paso.</translation>
    </message>
    <message>
        <source>[--apply]</source>
        <translation>[--apply]</translation>
    </message>
    <message>
        <source>Propose a status for every pending comment, with the spam filter&apos;s score and the reason: the moderation rules (see `moderation config`), and a spam filter trained on the library&apos;s approved and spam comments. A disallowed key makes spam; then a score at or above spam_threshold; then moderation keys, links, floods, shouting and duplicates keep a comment pending; a known author is approved. Nothing changes without --apply.</source>
        <translation>Proponer un estado para cada comentario pendiente, con la puntuación del filtro de spam y el motivo: las reglas de moderación (véase `moderation config`) y un filtro de spam entrenado con los comentarios aprobados y de spam de la biblioteca. Una clave no permitida lo marca como spam; después, una puntuación igual o superior a spam_threshold; después, las claves de moderación, los enlaces, las avalanchas, las mayúsculas y los duplicados dejan el comentario pendiente; un autor conocido se aprueba. No se cambia nada sin --apply.</translation>
    </message>
    <message>
        <source>comments triage takes no arguments besides --apply.</source>
        <translation>comments triage no admite más argumentos que --apply.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s); rules only: %1</source>
        <translation>
            <numerusform>%n comentario pendiente; solo reglas: %1</numerusform>
            <numerusform>%n comentarios pendientes; solo reglas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Nothing changed; run with --apply to make these decisions.</source>
        <translation>No se ha cambiado nada; ejecute con --apply para aplicar estas decisiones.</translation>
    </message>
    <message>
        <source>[KEY=VALUE...]</source>
        <translation>[CLAVE=VALOR...]</translation>
    </message>
    <message>
        <source>Show the library&apos;s moderation settings, or change them: all the given KEY=VALUE pairs or none. Keys: %1. moderation_keys and disallowed_keys take their keys one per line or separated by commas; on/off settings take on or off; shares take a number from 0 to 1.</source>
        <translation>Mostrar la configuración de moderación de la biblioteca o cambiarla: todos los pares CLAVE=VALOR indicados o ninguno. Claves: %1. moderation_keys y disallowed_keys admiten sus claves una por línea o separadas por comas; los ajustes de activar/desactivar admiten on u off; las proporciones admiten un número de 0 a 1.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE; the keys are: %2.</source>
        <translation>«%1» no tiene la forma CLAVE=VALOR; las claves son: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>Se ha guardado %n ajuste.</numerusform>
            <numerusform>Se han guardado %n ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the log as CSV (RFC 4180, UTF-8).</source>
        <translation>Imprimir el registro como CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Only the decisions about this comment.</source>
        <translation>Solo las decisiones sobre este comentario.</translation>
    </message>
    <message>
        <source>[--json | --csv] [--comment ID]</source>
        <translation>[--json | --csv] [--comment ID]</translation>
    </message>
    <message>
        <source>Print the moderation log, oldest first: when, which comment, who (curator, rules, filter), from which status to which, and why.</source>
        <translation>Imprimir el registro de moderación, primero lo más antiguo: cuándo, qué comentario, quién (curador, reglas, filtro), de qué estado a cuál y por qué.</translation>
    </message>
    <message>
        <source>moderation log takes no arguments besides its options.</source>
        <translation>moderation log no admite más argumentos que sus opciones.</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>Indique --json o --csv, no ambos.</translation>
    </message>
    <message>
        <source>“%1” is not a comment id.</source>
        <translation>«%1» no es un id de comentario.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decisión</numerusform>
            <numerusform>%n decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>The comment&apos;s author (required).</source>
        <translation>El autor del comentario (obligatorio).</translation>
    </message>
    <message>
        <source>The author&apos;s email address.</source>
        <translation>La dirección de correo electrónico del autor.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Answer this comment, which must be on the same article.</source>
        <translation>Responder a este comentario, que debe estar en el mismo artículo.</translation>
    </message>
    <message>
        <source>pending, approved (the default: the curator wrote it), spam or rejected.</source>
        <translation>pending, approved (predeterminado: lo ha escrito el curador), spam o rejected.</translation>
    </message>
    <message>
        <source>ARTICLE_ID --author NAME TEXT</source>
        <translation>ID_ARTICULO --author NOMBRE TEXTO</translation>
    </message>
    <message>
        <source>Add a comment written by the curator to an article, or as a reply to one of its comments. Words after the article id are the text.</source>
        <translation>Añadir un comentario escrito por el curador a un artículo, o como respuesta a uno de sus comentarios. Las palabras que siguen al id del artículo son el texto.</translation>
    </message>
    <message>
        <source>comments add takes an article id and the comment&apos;s text.</source>
        <translation>comments add admite un id de artículo y el texto del comentario.</translation>
    </message>
    <message>
        <source>comments add needs --author.</source>
        <translation>comments add necesita --author.</translation>
    </message>
    <message>
        <source>The comment has no text.</source>
        <translation>El comentario no tiene texto.</translation>
    </message>
    <message>
        <source>Comment %1 is on article %2, not on article %3.</source>
        <translation>El comentario %1 está en el artículo %2, no en el artículo %3.</translation>
    </message>
    <message>
        <source>Added comment %1 (%2).
</source>
        <translation>Se ha añadido el comentario %1 (%2).
</translation>
    </message>
    <message>
        <source>Record &lt;text&gt; as the decision&apos;s reason.</source>
        <translation>Registrar &lt;texto&gt; como motivo de la decisión.</translation>
    </message>
    <message>
        <source>COMMENT_ID... approve|spam|reject|pending</source>
        <translation>ID_COMENTARIO... approve|spam|reject|pending</translation>
    </message>
    <message>
        <source>Decide about comments as the curator: approve them, mark them as spam, reject them or put them back to pending. The decision is logged.</source>
        <translation>Decidir sobre comentarios como curador: aprobarlos, marcarlos como spam, rechazarlos o devolverlos a pendientes. La decisión queda registrada.</translation>
    </message>
    <message>
        <source>moderate takes comment ids and then approve, spam, reject or pending.</source>
        <translation>moderate admite ids de comentarios y, después, approve, spam, reject o pending.</translation>
    </message>
    <message>
        <source>“%1” is not a decision; use approve, spam, reject or pending.</source>
        <translation>«%1» no es una decisión; use approve, spam, reject o pending.</translation>
    </message>
    <message>
        <source>Comment %1: %2 → %3
</source>
        <translation>Comentario %1: %2 → %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) already had that status.</source>
        <translation>
            <numerusform>%n comentario ya tenía ese estado.</numerusform>
            <numerusform>%n comentarios ya tenían ese estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>config [KEY=VALUE...] | log</source>
        <translation>config [CLAVE=VALOR...] | log</translation>
    </message>
    <message>
        <source>Show or change the moderation settings (`moderation config`), or print the moderation log (`moderation log`).</source>
        <translation>Mostrar o cambiar la configuración de moderación (`moderation config`) o imprimir el registro de moderación (`moderation log`).</translation>
    </message>
    <message>
        <source>moderation needs an action: config or log.</source>
        <translation>moderation necesita una acción: config o log.</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action; use config or log.</source>
        <translation>«%1» no es una acción de moderation; use config o log.</translation>
    </message>
    <message>
        <source>At most this many topics per article (default 5).</source>
        <translation>Como máximo, este número de temas por artículo (predeterminado: 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Suggest for every article, tagged or not.</source>
        <translation>Sugerir para todos los artículos, estén etiquetados o no.</translation>
    </message>
    <message>
        <source>Also list topics under their decision threshold, for ranking.</source>
        <translation>Listar también los temas por debajo de su umbral de decisión, para ordenarlos.</translation>
    </message>
    <message>
        <source>[--all | ID...]</source>
        <translation>[--all | ID...]</translation>
    </message>
    <message>
        <source>Suggest topics for articles (by default the ones no curator has tagged; rule tags do not count) from a classifier trained on the library&apos;s confirmed tags and rejections. A topic is suggested when its confidence (0–1) reaches its threshold, tuned on held-back articles of the library.</source>
        <translation>Sugerir temas para artículos (de forma predeterminada, los que ningún curador ha etiquetado; las etiquetas de reglas no cuentan) a partir de un clasificador entrenado con las etiquetas confirmadas y los rechazos de la biblioteca. Un tema se sugiere cuando su confianza (0–1) alcanza su umbral, ajustado con artículos de la biblioteca reservados para ello.</translation>
    </message>
    <message>
        <source>Give either --all or article ids, not both.</source>
        <translation>Indique --all o ids de artículos, no ambos.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>No existe ningún tema con el id %1.</translation>
    </message>
    <message>
        <source>There is no topic “%1”.</source>
        <translation>No existe el tema «%1».</translation>
    </message>
    <message>
        <source>“%1” names %2 topics; give its path (Parent/Name) or its id.</source>
        <translation>«%1» designa %2 temas; indique su ruta (Padre/Nombre) o su id.</translation>
    </message>
    <message>
        <source>Write the taxonomy to &lt;file&gt; instead of printing it; the file is replaced only once the export is complete.</source>
        <translation>Escribir la taxonomía en &lt;archivo&gt; en lugar de imprimirla; el archivo solo se reemplaza cuando la exportación está completa.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>[--output FILE]</source>
        <translation>[--output ARCHIVO]</translation>
    </message>
    <message>
        <source>Print the library&apos;s topic taxonomy as JSON (the newsdesk-taxonomy format): every topic with its description, colour, codes and rules, in tree order. `topics import` reads it back into another library.</source>
        <translation>Imprimir la taxonomía de temas de la biblioteca como JSON (el formato newsdesk-taxonomy): cada tema con su descripción, color, códigos y reglas, en el orden del árbol. `topics import` la vuelve a leer en otra biblioteca.</translation>
    </message>
    <message>
        <source>topics export takes no arguments; use --output FILE to write a file.</source>
        <translation>topics export no admite argumentos; use --output ARCHIVO para escribir un archivo.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output necesita un nombre de archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n topic(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n tema a %1.</numerusform>
            <numerusform>Se han exportado %n temas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the topics below &lt;topic&gt; (id, name or path) instead of at the top level.</source>
        <translation>Añadir los temas bajo &lt;tema&gt; (id, nombre o ruta) en lugar de en el nivel superior.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Import the full IPTC Media Topics tree that comes with Newsdesk instead of a file.</source>
        <translation>Importar el árbol completo de IPTC Media Topics que incluye Newsdesk en lugar de un archivo.</translation>
    </message>
    <message>
        <source>FILE | --iptc</source>
        <translation>ARCHIVO | --iptc</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file written by `topics export`, or with --iptc the full IPTC Media Topics tree. A topic whose name is already there (under the same parent) is kept and only its new subtopics are added, so importing the same file twice adds nothing. The import is one step: if the file is malformed, the library is left unchanged.</source>
        <translation>Añadir los temas de un archivo de taxonomía escrito por `topics export` o, con --iptc, el árbol completo de IPTC Media Topics. Si ya existe un tema con el mismo nombre (bajo el mismo padre), se conserva y solo se añaden sus subtemas nuevos, de modo que importar dos veces el mismo archivo no añade nada. La importación se hace en un solo paso: si el archivo está mal formado, la biblioteca no cambia.</translation>
    </message>
    <message>
        <source>topics import --iptc takes no file.</source>
        <translation>topics import --iptc no admite ningún archivo.</translation>
    </message>
    <message>
        <source>topics import takes one taxonomy file, or --iptc.</source>
        <translation>topics import admite un archivo de taxonomía o --iptc.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n topic(s); %1 already in the library.</source>
        <translation>
            <numerusform>Se ha añadido %n tema; %1 ya estaban en la biblioteca.</numerusform>
            <numerusform>Se han añadido %n temas; %1 ya estaban en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>With add: the parent topic.</source>
        <translation>Con add: el tema padre.</translation>
    </message>
    <message>
        <source>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC | export | import FILE]</source>
        <translation>[add NOMBRE | rename TEMA NOMBRE | move TEMA PADRE | merge ORIGEN DESTINO | delete TEMA | export | import ARCHIVO]</translation>
    </message>
    <message>
        <source>Show the topic tree with article counts, or change it. A topic is given by id, name or path (Parent/Name); &quot;-&quot; as PARENT is the top level. Run &quot;topics export --help&quot; and &quot;topics import --help&quot; for exchanging taxonomies as JSON.</source>
        <translation>Mostrar el árbol de temas con el número de artículos, o modificarlo. Un tema se indica por id, nombre o ruta (Padre/Nombre); &quot;-&quot; como PADRE es el nivel superior. Ejecute &quot;topics export --help&quot; y &quot;topics import --help&quot; para intercambiar taxonomías como JSON.</translation>
    </message>
    <message>
        <source>Added topic %1.</source>
        <translation>Se ha añadido el tema %1.</translation>
    </message>
    <message>
        <source>Renamed topic %1.</source>
        <translation>Se ha renombrado el tema %1.</translation>
    </message>
    <message>
        <source>Moved topic %1.</source>
        <translation>Se ha movido el tema %1.</translation>
    </message>
    <message>
        <source>Merged topic %1 into %2.</source>
        <translation>Se ha fusionado el tema %1 con %2.</translation>
    </message>
    <message>
        <source>topics takes no arguments, or one of: add NAME, rename TOPIC NAME, move TOPIC PARENT, merge FROM INTO, delete TOPIC, export, import FILE.</source>
        <translation>topics no admite argumentos o admite uno de: add NOMBRE, rename TEMA NOMBRE, move TEMA PADRE, merge ORIGEN DESTINO, delete TEMA, export, import ARCHIVO.</translation>
    </message>
    <message>
        <source>ID TOPIC...</source>
        <translation>ID TEMA...</translation>
    </message>
    <message>
        <source>Tag an article with topics (by id, name or path).</source>
        <translation>Etiquetar un artículo con temas (por id, nombre o ruta).</translation>
    </message>
    <message>
        <source>Remove topics from an article.</source>
        <translation>Quitar temas de un artículo.</translation>
    </message>
    <message>
        <source>%1 takes an article id and at least one topic.</source>
        <translation>%1 admite un id de artículo y al menos un tema.</translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) added.</source>
        <translation>
            <numerusform>Artículo %1: se ha añadido %n tema.</numerusform>
            <numerusform>Artículo %1: se han añadido %n temas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) removed.</source>
        <translation>
            <numerusform>Artículo %1: se ha quitado %n tema.</numerusform>
            <numerusform>Artículo %1: se han quitado %n temas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the rules would tag, change nothing.</source>
        <translation>Mostrar lo que etiquetarían las reglas, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules to every article in the library.</source>
        <translation>Aplicar las reglas de los temas a todos los artículos de la biblioteca.</translation>
    </message>
    <message>
        <source>rules takes one action: apply.</source>
        <translation>rules admite una acción: apply.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be added.</source>
        <translation>
            <numerusform>Se añadiría %n etiqueta.</numerusform>
            <numerusform>Se añadirían %n etiquetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>Se ha añadido %n etiqueta.</numerusform>
            <numerusform>Se han añadido %n etiquetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli [--library PATH] COMMAND [options] [--json]

Curate a Newsdesk library from the command line.

Commands:
</source>
        <translation>Uso: newsdesk-cli [--library RUTA] ORDEN [opciones] [--json]

Gestione una biblioteca de Newsdesk desde la línea de órdenes.

Órdenes:
</translation>
    </message>
    <message>
        <source>
Run “newsdesk-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
Ejecute «newsdesk-cli ORDEN --help» para ver las opciones de una orden.
Códigos de salida: 0 éxito, 1 error, 2 error de uso.
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«%1» no es una orden.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) approved.</source>
        <translation>
            <numerusform>Se ha aprobado %n comentario.</numerusform>
            <numerusform>Se han aprobado %n comentarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) marked as spam.</source>
        <translation>
            <numerusform>Se ha marcado %n comentario como spam.</numerusform>
            <numerusform>Se han marcado %n comentarios como spam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) rejected.</source>
        <translation>
            <numerusform>Se ha rechazado %n comentario.</numerusform>
            <numerusform>Se han rechazado %n comentarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) returned to pending.</source>
        <translation>
            <numerusform>Se ha devuelto %n comentario a pendiente.</numerusform>
            <numerusform>Se han devuelto %n comentarios a pendiente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n comment(s) added.</source>
        <translation>
            <numerusform>En total: se ha añadido %n comentario.</numerusform>
            <numerusform>En total: se han añadido %n comentarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n ya existente.</numerusform>
            <numerusform>%n ya existentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n omitido.</numerusform>
            <numerusform>%n omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>Ha fallado %n archivo.</numerusform>
            <numerusform>Han fallado %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in all.</source>
        <translation>
            <numerusform>%n comentario en total.</numerusform>
            <numerusform>%n comentarios en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <extracomment>Follows &quot;%n comment(s) in all.&quot;; %n counts the comments listed.</extracomment>
        <translation>
            <numerusform>%n mostrado.</numerusform>
            <numerusform>%n mostrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s).</source>
        <translation>
            <numerusform>%n comentario pendiente.</numerusform>
            <numerusform>%n comentarios pendientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>El filtro de spam ha aprendido de %n comentario aprobado.</numerusform>
            <numerusform>El filtro de spam ha aprendido de %n comentarios aprobados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>También ha aprendido de %n comentario de spam.</numerusform>
            <numerusform>También ha aprendido de %n comentarios de spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam from a score of %1.</source>
        <extracomment>The spam threshold: comments that score %1 or more count as spam.</extracomment>
        <translation>Spam a partir de una puntuación de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>%n artículo.</numerusform>
            <numerusform>%n artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The classifier knows %n topic(s).</source>
        <translation>
            <numerusform>El clasificador conoce %n tema.</numerusform>
            <numerusform>El clasificador conoce %n temas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learned them from %n article(s).</source>
        <extracomment>Follows &quot;The classifier knows %n topic(s).&quot;; %n counts the articles it learned from.</extracomment>
        <translation>
            <numerusform>Los ha aprendido de %n artículo.</numerusform>
            <numerusform>Los ha aprendido de %n artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation>
            <numerusform>Se ha eliminado %n tema.</numerusform>
            <numerusform>Se han eliminado %n temas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) went with them.</source>
        <extracomment>Follows &quot;Deleted %n topic(s).&quot;; &quot;them&quot; are the deleted topics, %n counts their tags.</extracomment>
        <translation>
            <numerusform>También se ha quitado %n etiqueta.</numerusform>
            <numerusform>También se han quitado %n etiquetas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImport</name>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports comment files of up to %3 MB.</source>
        <translation>«%1» ocupa %2 MB; Newsdesk importa archivos de comentarios de hasta %3 MB.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use one of: %2.</source>
        <translation>«%1» no es un formato de comentarios; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a comment file Newsdesk knows: a WordPress export (WXR), a Disqus export, JSON, or CSV with a header row that has a “text” column.</source>
        <translation>«%1» no es un archivo de comentarios que Newsdesk conozca: una exportación de WordPress (WXR), una exportación de Disqus, JSON o CSV con una fila de encabezado que tenga una columna «text».</translation>
    </message>
    <message>
        <source>Could not read “%1” as %2: %3</source>
        <translation>No se ha podido leer «%1» como %2: %3</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«%1» es una carpeta.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se ha podido leer «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>There is no article %1 in the library; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>No existe el artículo %1 en la biblioteca; se ha omitido su comentario (%n).</numerusform>
            <numerusform>No existe el artículo %1 en la biblioteca; se han omitido sus %n comentarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article in the library has the address “%1”; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>Ningún artículo de la biblioteca tiene la dirección «%1»; se ha omitido su comentario (%n).</numerusform>
            <numerusform>Ningún artículo de la biblioteca tiene la dirección «%1»; se han omitido sus %n comentarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>their article is not in the library</source>
        <translation>su artículo no está en la biblioteca</translation>
    </message>
    <message>
        <source>the same comment appears twice in the file</source>
        <translation>el mismo comentario aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>%1 answers itself; it was imported as a top-level comment.</source>
        <translation>%1 se responde a sí mismo; se ha importado como comentario de primer nivel.</translation>
    </message>
    <message>
        <source>%1 answers “%2”, which is neither in the file nor in the library; it was imported as a top-level comment.</source>
        <translation>%1 responde a «%2», que no está ni en el archivo ni en la biblioteca; se ha importado como comentario de primer nivel.</translation>
    </message>
    <message>
        <source>%1 is part of a circle of replies; it was imported as a top-level comment.</source>
        <translation>%1 forma parte de un círculo de respuestas; se ha importado como comentario de primer nivel.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImportController</name>
    <message>
        <source>Stop after the file being imported; the files done so far stay</source>
        <translation>Detenerse tras el archivo que se está importando; los archivos ya procesados se conservan</translation>
    </message>
    <message>
        <source>Import Comments</source>
        <translation>Importar comentarios</translation>
    </message>
    <message>
        <source>Comment files (*.xml *.wxr *.json *.csv);;All files (*)</source>
        <translation>Archivos de comentarios (*.xml *.wxr *.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing comments…</source>
        <translation>Importando comentarios…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Importing comments: file %1 of %2</source>
        <translation>Importando comentarios: archivo %1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 added, %L4 already there, %L5 skipped</source>
        <translation>%1 (%2): %L3 añadidos, %L4 ya existentes, %L5 omitidos</translation>
    </message>
    <message>
        <source>    skipped %L1: %2</source>
        <translation>    omitidos %L1: %2</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added, %L1 already there, %L2 skipped.</source>
        <translation>
            <numerusform>%n comentario añadido, %L1 ya existentes, %L2 omitidos.</numerusform>
            <numerusform>%n comentarios añadidos, %L1 ya existentes, %L2 omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>No se ha podido importar %n archivo.</numerusform>
            <numerusform>No se han podido importar %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not reached were left alone.</source>
        <translation>Cancelado: los archivos a los que no se llegó no se han tocado.</translation>
    </message>
    <message>
        <source>Comments Imported</source>
        <translation>Comentarios importados</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReader</name>
    <message>
        <source>article %1</source>
        <translation>artículo %1</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Comentario «%1»</translation>
    </message>
    <message>
        <source>The comment at %1</source>
        <translation>El comentario de %1</translation>
    </message>
    <message>
        <source>The file declares XML entities, which comment exports never do; it is refused because entities can expand a small file into gigabytes.</source>
        <translation>El archivo declara entidades XML, algo que las exportaciones de comentarios nunca hacen; se rechaza porque las entidades pueden convertir un archivo pequeño en gigabytes.</translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation>El archivo no contiene ningún elemento XML.</translation>
    </message>
    <message>
        <source>The XML ends too early (line %1): the file is incomplete.</source>
        <translation>El XML termina antes de tiempo (línea %1): el archivo está incompleto.</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>El XML está mal formado en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1 is %2 KiB long; its text was cut to the first 64 KiB.</source>
        <translation>%1 ocupa %2 KiB; su texto se ha recortado a los primeros 64 KiB.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a moderation status (pending, approved, spam or rejected); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>«%1» no es un estado de moderación (pending, approved, spam o rejected); %n comentario con ese estado cuenta como pendiente.</numerusform>
            <numerusform>«%1» no es un estado de moderación (pending, approved, spam o rejected); %n comentarios con ese estado cuentan como pendientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more issue(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file names no article for them</source>
        <translation>el archivo no indica ningún artículo para ellos</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>sin texto</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReadingPane</name>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Select a comment to read it and its conversation.</source>
        <translation>Seleccione un comentario para leerlo junto con su conversación.</translation>
    </message>
    <message>
        <source>Conversation (%L1)</source>
        <translation>Conversación (%L1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>Puntuación de spam</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier comment(s) not shown</source>
        <translation>
            <numerusform>%n comentario anterior no mostrado</numerusform>
            <numerusform>%n comentarios anteriores no mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later comment(s) not shown</source>
        <translation>
            <numerusform>%n comentario posterior no mostrado</numerusform>
            <numerusform>%n comentarios posteriores no mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Fecha de la decisión</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentRepository</name>
    <message>
        <source>A reply comes before the comment it answers.</source>
        <translation>Una respuesta aparece antes que el comentario al que responde.</translation>
    </message>
    <message>
        <source>No comment of article %1 has the id “%2”.</source>
        <translation>Ningún comentario del artículo %1 tiene el id «%2».</translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation>No existe el comentario %1.</translation>
    </message>
    <message>
        <source>undone</source>
        <extracomment>The reason the moderation log gives for a decision that was undone.</extracomment>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>The comment could not be added.</source>
        <translation>No se ha podido añadir el comentario.</translation>
    </message>
    <message>
        <source>The comment could not be looked up.</source>
        <translation>No se ha podido buscar el comentario.</translation>
    </message>
    <message>
        <source>The comments could not be looked up.</source>
        <translation>No se han podido buscar los comentarios.</translation>
    </message>
    <message>
        <source>The comments could not be counted.</source>
        <translation>No se han podido contar los comentarios.</translation>
    </message>
    <message>
        <source>The comment could not be read.</source>
        <translation>No se ha podido leer el comentario.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>No se han podido leer los comentarios.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>No se ha podido leer la conversación.</translation>
    </message>
    <message>
        <source>The article&apos;s comments could not be read.</source>
        <translation>No se han podido leer los comentarios del artículo.</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>No se ha podido registrar la decisión.</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be changed.</source>
        <translation>No se ha podido cambiar el estado del comentario.</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be restored.</source>
        <translation>No se ha podido restaurar el estado del comentario.</translation>
    </message>
    <message>
        <source>The spam scores could not be stored.</source>
        <translation>No se han podido guardar las puntuaciones de spam.</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>No se ha podido leer el registro de moderación.</translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation>No se ha podido eliminar el comentario.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentText</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateArticle</name>
    <message>
        <source>New article “%1”</source>
        <translation>Nuevo artículo «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateBundle</name>
    <message>
        <source>New Bundle “%1”</source>
        <translation>Nueva recopilación «%1»</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>Duplicate Bundle “%1”</source>
        <translation>Duplicar la recopilación «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateTopic</name>
    <message>
        <source>New topic “%1”</source>
        <translation>Nuevo tema «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CsvCommentReader</name>
    <message>
        <source>the quoted field opened on line %1 is never closed.</source>
        <translation>el campo entre comillas abierto en la línea %1 no se cierra nunca.</translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a field.</source>
        <translation>línea %1: hay texto después de las comillas de cierre de un campo.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The first row of the file is not a header Newsdesk knows: it needs a “text” column (or “CONTENT”, as in the YouTube Spam Collection).</source>
        <translation>La primera fila del archivo no es un encabezado que Newsdesk conozca: necesita una columna «text» (o «CONTENT», como en la YouTube Spam Collection).</translation>
    </message>
    <message>
        <source>CSV (YouTube Spam Collection)</source>
        <translation>CSV (YouTube Spam Collection)</translation>
    </message>
    <message>
        <source>A YouTube Spam Collection file names no article: give the article its comments belong to (--article ID).</source>
        <translation>Un archivo de la YouTube Spam Collection no indica ningún artículo: indique el artículo al que pertenecen sus comentarios (--article ID).</translation>
    </message>
    <message>
        <source>The file names no article for its comments (no article_url or article_id column): give the article they belong to (--article ID).</source>
        <translation>El archivo no indica ningún artículo para sus comentarios (no hay columna article_url ni article_id): indique el artículo al que pertenecen (--article ID).</translation>
    </message>
    <message numerus="yes">
        <source>Ignored the column(s) %1, which Newsdesk does not import.</source>
        <translation>
            <numerusform>Se ha ignorado la columna %1, que Newsdesk no importa.</numerusform>
            <numerusform>Se han ignorado las columnas %1, que Newsdesk no importa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CLASS column is a spam label from a data set, not a moderation decision: the comments are left pending (take it as their status with --labels-as-status).</source>
        <translation>La columna CLASS es una etiqueta de spam de un conjunto de datos, no una decisión de moderación: los comentarios quedan pendientes (para tomarla como su estado, use --labels-as-status).</translation>
    </message>
    <message>
        <source>the row does not have as many fields as the header</source>
        <translation>la fila no tiene tantos campos como el encabezado</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id no es un número</translation>
    </message>
    <message>
        <source>The CSV file is malformed: %1</source>
        <translation>El archivo CSV está mal formado: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>Línea %1: «%2» no es un id de artículo; se ha omitido el comentario.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a CLASS label (1 or 0); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>«%1» no es una etiqueta de CLASS (1 o 0); %n comentario con ella cuenta como pendiente.</numerusform>
            <numerusform>«%1» no es una etiqueta de CLASS (1 o 0); %n comentarios con ella cuentan como pendientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no article and were skipped.</source>
        <translation>
            <numerusform>%n fila no indica ningún artículo y se ha omitido.</numerusform>
            <numerusform>%n filas no indican ningún artículo y se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had a posted_at that is not an ISO 8601 date (the first on line %1); they were imported without a date.</source>
        <translation>
            <numerusform>%n fila tenía un posted_at que no es una fecha ISO 8601 (línea %1); se ha importado sin fecha.</numerusform>
            <numerusform>%n filas tenían un posted_at que no es una fecha ISO 8601 (la primera, en la línea %1); se han importado sin fecha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>Se ha descartado %n dirección de autor que no era un enlace http(s).</numerusform>
            <numerusform>Se han descartado %n direcciones de autor que no eran enlaces http(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the header has %2; it was skipped.</source>
        <translation>
            <numerusform>La línea %1 tiene %n campo, pero el encabezado tiene %2; se ha omitido.</numerusform>
            <numerusform>La línea %1 tiene %n campos, pero el encabezado tiene %2; se ha omitido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteBundle</name>
    <message>
        <source>Delete Bundle “%1”</source>
        <translation>Eliminar la recopilación «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteTopic</name>
    <message>
        <source>Delete topic “%1”</source>
        <translation>Eliminar el tema «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DisqusCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Disqus export</source>
        <translation>Exportación de Disqus</translation>
    </message>
    <message>
        <source>This is not a Disqus export: its root element is &lt;%1&gt;, not &lt;disqus&gt;.</source>
        <translation>No es una exportación de Disqus: su elemento raíz es &lt;%1&gt;, no &lt;disqus&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) belong to the thread “%1”, which is not in the file (or has no &lt;link&gt;).</source>
        <translation>
            <numerusform>%n mensaje pertenece al hilo «%1», que no está en el archivo (o no tiene &lt;link&gt;).</numerusform>
            <numerusform>%n mensajes pertenecen al hilo «%1», que no está en el archivo (o no tiene &lt;link&gt;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n mensaje tenía una fecha no válida; se ha importado sin fecha.</numerusform>
            <numerusform>%n mensajes tenían una fecha no válida; se han importado sin fecha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>Se ha descartado %n dirección de autor que no era un enlace http(s).</numerusform>
            <numerusform>Se han descartado %n direcciones de autor que no eran enlaces http(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DroppedInputs</name>
    <message>
        <source>dropped HTML</source>
        <translation>HTML soltado</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>texto soltado</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleBlurb</name>
    <message>
        <source>Edit Blurb</source>
        <translation>Editar la reseña</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleDetails</name>
    <message>
        <source>Edit Bundle “%1”</source>
        <translation>Editar la recopilación «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditTopic</name>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>Renombrar el tema «%1» como «%2»</translation>
    </message>
    <message>
        <source>Change topic “%1”</source>
        <translation>Modificar el tema «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EmptyLibraryBanner</name>
    <message>
        <source>This library is empty. Import articles, write one (Ctrl+N), or start with a dozen fictional sample articles to try Newsdesk out.</source>
        <translation>Esta biblioteca está vacía. Importe artículos, escriba uno (Ctrl+N) o empiece con una docena de artículos de ejemplo ficticios para probar Newsdesk.</translation>
    </message>
    <message>
        <source>Load &amp;Sample Articles</source>
        <translation>Cargar artículos de &amp;ejemplo</translation>
    </message>
    <message>
        <source>No, Thanks</source>
        <translation>No, gracias</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportOutput</name>
    <message>
        <source>No output path was given.</source>
        <translation>No se ha indicado ninguna ruta de salida.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>No se puede escribir «%1»: la carpeta «%2» no existe.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or confirm replacing it (--force on the command line).</source>
        <translation>«%1» ya existe. Elija otro nombre o confirme que desea reemplazarlo (--force en la línea de órdenes).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>No se puede escribir «%1»: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create a working folder beside “%1”: %2</source>
        <translation>No se puede crear una carpeta de trabajo junto a «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>No se puede crear la carpeta para «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation>Se ha cancelado la exportación; «%1» se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside: %2</source>
        <translation>No se puede apartar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside.</source>
        <translation>No se puede apartar «%1».</translation>
    </message>
    <message>
        <source>Cannot move the new export into “%1”.</source>
        <translation>No se puede mover la nueva exportación a «%1».</translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedImporter</name>
    <message>
        <source>The link “%1” was ignored: it is not an absolute web address.</source>
        <translation>Se ha ignorado el enlace «%1»: no es una dirección web absoluta.</translation>
    </message>
    <message>
        <source>The date “%1” could not be read; the article has no date.</source>
        <translation>No se ha podido leer la fecha «%1»; el artículo no tiene fecha.</translation>
    </message>
    <message>
        <source>Item %1 has neither a title nor any content; it was skipped.</source>
        <translation>El elemento %1 no tiene título ni contenido; se ha omitido.</translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation>El canal no tiene elementos.</translation>
    </message>
    <message>
        <source>This is not an RSS feed: its root element is &lt;%1&gt;.</source>
        <translation>No es un canal RSS: su elemento raíz es &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The RSS feed has no &lt;channel&gt;.</source>
        <translation>El canal RSS no tiene &lt;channel&gt;.</translation>
    </message>
    <message>
        <source>This is not an RSS 1.0 feed: its root element is &lt;%1&gt;.</source>
        <translation>No es un canal RSS 1.0: su elemento raíz es &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The RSS 1.0 feed has no &lt;channel&gt;.</source>
        <translation>El canal RSS 1.0 no tiene &lt;channel&gt;.</translation>
    </message>
    <message>
        <source>This is not an Atom feed: its root element is &lt;%1&gt;.</source>
        <translation>No es un canal Atom: su elemento raíz es &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: the document is not a JSON object.</source>
        <translation>No es un JSON Feed: el documento no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The JSON Feed is not valid JSON (at byte %1): %2</source>
        <translation>El JSON Feed no es JSON válido (en el byte %1): %2</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: it has no jsonfeed.org “version”.</source>
        <translation>No es un JSON Feed: no tiene la «version» de jsonfeed.org.</translation>
    </message>
    <message>
        <source>The JSON Feed has no “items” list.</source>
        <translation>El JSON Feed no tiene la lista «items».</translation>
    </message>
    <message>
        <source>JSON Feed version “%1” is unknown; the feed was read as version 1.1.</source>
        <translation>La versión «%1» de JSON Feed es desconocida; el canal se ha leído como versión 1.1.</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object; it was skipped.</source>
        <translation>El elemento %1 no es un objeto JSON; se ha omitido.</translation>
    </message>
    <message numerus="yes">
        <source>The feed has %n item(s); Newsdesk reads the first %1 of a feed.</source>
        <translation>
            <numerusform>El canal tiene %n elemento; Newsdesk lee los primeros %1 de un canal.</numerusform>
            <numerusform>El canal tiene %n elementos; Newsdesk lee los primeros %1 de un canal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedXml</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The declared charset “%1” is unknown; it was ignored.</source>
        <translation>El juego de caracteres declarado, «%1», es desconocido; se ha ignorado.</translation>
    </message>
    <message>
        <source>The document is not valid UTF-8 and names no other charset; it was read as Windows-1252.</source>
        <translation>El documento no es UTF-8 válido y no indica otro juego de caracteres; se ha leído como Windows-1252.</translation>
    </message>
    <message>
        <source>The document declares entities that would expand to more than %L1 characters (an “entity bomb”); it was not read.</source>
        <translation>El documento declara entidades que se expandirían a más de %L1 caracteres (una «bomba de entidades»); no se ha leído.</translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep (line %2); it was not read.</source>
        <translation>El documento anida elementos a más de %1 niveles de profundidad (línea %2); no se ha leído.</translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation>El documento no es XML bien formado (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>El documento no tiene elemento raíz.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlDocument</name>
    <message>
        <source>The page is too large to read.</source>
        <translation>La página es demasiado grande para leerla.</translation>
    </message>
    <message>
        <source>The page holds no HTML that can be read.</source>
        <translation>La página no contiene HTML legible.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlImporter</name>
    <message>
        <source>web page</source>
        <translation>página web</translation>
    </message>
    <message>
        <source>“%1” holds no article that could be read.</source>
        <translation>«%1» no contiene ningún artículo legible.</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>No se ha encontrado el texto de ningún artículo en la página.</translation>
    </message>
    <message>
        <source>web page (MHTML)</source>
        <translation>página web (MHTML)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportController</name>
    <message>
        <source>Stop the import; what was imported so far stays</source>
        <translation>Detener la importación; lo importado hasta ahora se conserva</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Importing %1 of %2 · %3/s · %4 left</source>
        <translation>Importando %1 de %2 · %3/s · quedan %4</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportFormats</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«%1» es una carpeta.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports files of up to %3 MB.</source>
        <translation>«%1» ocupa %2 MB; Newsdesk importa archivos de hasta %3 MB.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se ha podido leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB Newsdesk imports.</source>
        <translation>«%1» supera los %2 MB que importa Newsdesk.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not a page, feed or text.</source>
        <translation>«%1» parece un archivo binario, no una página, un canal ni un texto.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Show inputs that were imported without problems</source>
        <translation>Mostrar las entradas importadas sin problemas</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>another site&apos;s copy of article %1</source>
        <translation>copia en otro sitio del artículo %1</translation>
    </message>
    <message>
        <source>already in the library as article %1</source>
        <translation>ya está en la biblioteca como artículo %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportText</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The folder holds no pages, text files or feeds.</source>
        <translation>La carpeta no contiene páginas, archivos de texto ni canales.</translation>
    </message>
    <message>
        <source>Topic rules were not applied: %1</source>
        <translation>No se han aplicado las reglas de los temas: %1</translation>
    </message>
    <message>
        <source>No articles were found in it.</source>
        <translation>No se han encontrado artículos en ella.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>Se ha importado %n artículo.</numerusform>
            <numerusform>Se han importado %n artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) linked to a story already here from another site.</source>
        <translation>
            <numerusform>Se ha vinculado %n artículo, copia de otro sitio, a una noticia que ya estaba en la biblioteca.</numerusform>
            <numerusform>Se han vinculado %n artículos, copias de otro sitio, a noticias que ya estaban en la biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>Se ha omitido %n duplicado.</numerusform>
            <numerusform>Se han omitido %n duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) failed.</source>
        <translation>
            <numerusform>Ha fallado %n entrada.</numerusform>
            <numerusform>Han fallado %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se ha cancelado la importación.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already in the library.</source>
        <translation>
            <numerusform>%n artículo ya estaba en la biblioteca.</numerusform>
            <numerusform>%n artículos ya estaban en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was added as “%1” because its name was taken.</source>
        <translation>La recopilación se ha añadido como «%1» porque su nombre ya existía.</translation>
    </message>
    <message>
        <source>The bundle “%1” was added.</source>
        <translation>Se ha añadido la recopilación «%1».</translation>
    </message>
    <message>
        <source>Already in the library as article %1.</source>
        <translation>Ya está en la biblioteca como artículo %1.</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Ya está en la biblioteca.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>An input of an import failed; %1 is the reason, a whole sentence.</extracomment>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportTopics</name>
    <message>
        <source>Import topics from “%1”</source>
        <translation>Importar temas de «%1»</translation>
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
        <translation>El JSON está mal formado en la línea %1 (carácter %2): %3</translation>
    </message>
    <message>
        <source>The JSON is not a list of comments: Newsdesk reads an array of comment objects, or an object whose “comments” is one.</source>
        <translation>El JSON no es una lista de comentarios: Newsdesk lee una matriz de objetos de comentario, o un objeto cuyo campo «comments» lo sea.</translation>
    </message>
    <message>
        <source>not a comment object</source>
        <translation>no es un objeto de comentario</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id no es un número</translation>
    </message>
    <message>
        <source>comment %1 of the list</source>
        <translation>comentario %1 de la lista</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object; it was skipped.</source>
        <translation>El elemento %1 de la lista no es un objeto; se ha omitido.</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>Elemento %1: «%2» no es un id de artículo; se ha omitido el comentario.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) name no article (article_id or article_url) and were skipped.</source>
        <translation>
            <numerusform>%n comentario no indica ningún artículo (article_id o article_url) y se ha omitido.</numerusform>
            <numerusform>%n comentarios no indican ningún artículo (article_id o article_url) y se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a posted_at that is not an ISO 8601 date; they were imported without a date.</source>
        <translation>
            <numerusform>%n comentario tenía un posted_at que no es una fecha ISO 8601; se ha importado sin fecha.</numerusform>
            <numerusform>%n comentarios tenían un posted_at que no es una fecha ISO 8601; se han importado sin fecha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>Se ha descartado %n dirección de autor que no era un enlace http(s).</numerusform>
            <numerusform>Se han descartado %n direcciones de autor que no eran enlaces http(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::KeepStoryCopyApart</name>
    <message>
        <source>Keep stories apart</source>
        <translation>Separar las noticias</translation>
    </message>
    <message>
        <source>Link stories again</source>
        <translation>Volver a vincular las noticias</translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryText</name>
    <message>
        <source>“%1” was saved by a newer version of Newsdesk (library version %2); this version reads library versions up to %3. The file was left unchanged; open it with a newer Newsdesk.</source>
        <translation>«%1» se guardó con una versión más reciente de Newsdesk (versión de biblioteca %2); esta versión lee versiones de biblioteca hasta la %3. El archivo no se ha modificado; ábralo con una versión más reciente de Newsdesk.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program.</source>
        <translation>«%1» está bloqueado por otro programa.</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Newsdesk library (%2). The file was left unchanged.</source>
        <translation>«%1» está dañado o no es una biblioteca de Newsdesk (%2). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>This build knows library version %1 but its schema steps stop at %2.</source>
        <translation>Esta compilación conoce la versión de biblioteca %1, pero sus pasos de esquema terminan en la %2.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a library file.</source>
        <translation>«%1» es una carpeta, no un archivo de biblioteca.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se ha podido leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Newsdesk library. The file was left unchanged.</source>
        <translation>«%1» no es una biblioteca de Newsdesk. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>No se ha podido crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>No se ha podido abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Newsdesk library. The file was left unchanged.</source>
        <translation>«%1» es una base de datos SQLite de otro programa, no una biblioteca de Newsdesk. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). The file was left unchanged.</source>
        <translation>«%1» está dañado (%2). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that did not let go within %2 seconds. Close it and try again.</source>
        <translation>«%1» lo está usando otro programa que no lo ha liberado en %2 segundos. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not back up the library to “%1” before upgrading it.</source>
        <translation>No se ha podido hacer una copia de seguridad de la biblioteca en «%1» antes de actualizarla.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>El controlador SQLite no expone su conexión.</translation>
    </message>
    <message>
        <source>Could not upgrade the library: %1</source>
        <translation>No se ha podido actualizar la biblioteca: %1</translation>
    </message>
    <message>
        <source>Schema step %1 is missing; the library was not changed.</source>
        <translation>Falta el paso de esquema %1; la biblioteca no se ha modificado.</translation>
    </message>
    <message>
        <source>Upgrading the library to version %1 failed, so it was left at version %2: %3</source>
        <translation>No se ha podido actualizar la biblioteca a la versión %1, así que se ha quedado en la versión %2: %3</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The bundle could not be saved.&quot;); %2 is SQLite&apos;s own error message, which stays in English.</extracomment>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>The library could not be prepared.</source>
        <translation>No se ha podido preparar la biblioteca.</translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation>No se ha podido iniciar una transacción.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>No se ha podido guardar el cambio.</translation>
    </message>
    <message>
        <source>A savepoint could not be started.</source>
        <translation>No se ha podido crear un punto de guardado.</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be read.</source>
        <translation>No se ha podido leer la configuración de la biblioteca.</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be saved.</source>
        <translation>No se ha podido guardar la configuración de la biblioteca.</translation>
    </message>
    <message>
        <source>The action could not be recorded.</source>
        <translation>No se ha podido registrar la acción.</translation>
    </message>
    <message>
        <source>%1 Another program (newsdesk-cli, for example) was writing to the library and did not finish in time. Try again when it has finished.</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The change could not be saved.&quot;).</extracomment>
        <translation>%1 Otro programa (newsdesk-cli, por ejemplo) estaba escribiendo en la biblioteca y no terminó a tiempo. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MainWindow</name>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Bibliotecas de Newsdesk (*.sqlite *.newsdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Search titles, deks, bylines and text</source>
        <translation>Buscar en títulos, subtítulos, firmas y texto</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>Mostrar los artículos de todos los temas</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Nueva &amp;biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Nuevo artículo</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Escribir un artículo nuevo</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Pe&amp;gar como artículo nuevo</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import saved pages, text files, feeds and OPML lists</source>
        <translation>Importar páginas guardadas, archivos de texto, canales y listas OPML</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation>Importar desde una dirección &amp;web…</translation>
    </message>
    <message>
        <source>Import from Clip&amp;board</source>
        <translation>Importar desde el &amp;portapapeles</translation>
    </message>
    <message>
        <source>Import the files, web addresses, HTML or text on the clipboard</source>
        <translation>Importar los archivos, las direcciones web, el HTML o el texto del portapapeles</translation>
    </message>
    <message>
        <source>Show Import &amp;Report</source>
        <translation>Mostrar in&amp;forme de importación</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation>R&amp;estaurar de la papelera</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Quick Tag…</source>
        <translation>Etiquetado &amp;rápido…</translation>
    </message>
    <message>
        <source>Tag the selected articles by typing a topic&apos;s name (T)</source>
        <translation>Etiquetar los artículos seleccionados escribiendo el nombre de un tema (T)</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Topic</source>
        <translation>&amp;Aceptar el tema sugerido</translation>
    </message>
    <message>
        <source>Tag the article with the first suggested topic (Y)</source>
        <translation>Etiquetar el artículo con el primer tema sugerido (Y)</translation>
    </message>
    <message>
        <source>&amp;Reject Suggested Topic</source>
        <translation>Rec&amp;hazar el tema sugerido</translation>
    </message>
    <message>
        <source>Turn down the first suggested topic; it is not suggested again (N)</source>
        <translation>Descartar el primer tema sugerido; no se volverá a sugerir (N)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artículos</translation>
    </message>
    <message>
        <source>Show the articles (%1)</source>
        <translation>Mostrar los artículos (%1)</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Moderación</translation>
    </message>
    <message>
        <source>Show the comments waiting for moderation (%1)</source>
        <translation>Mostrar los comentarios pendientes de moderación (%1)</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Recopilaciones</translation>
    </message>
    <message>
        <source>Show the bundles, their editor and preview (%1)</source>
        <translation>Mostrar las recopilaciones, su editor y su vista previa (%1)</translation>
    </message>
    <message>
        <source>&amp;Moderate This Article&apos;s Comments</source>
        <translation>&amp;Moderar los comentarios de este artículo</translation>
    </message>
    <message>
        <source>Show every comment on this article in the moderation queue</source>
        <translation>Mostrar todos los comentarios de este artículo en la cola de moderación</translation>
    </message>
    <message>
        <source>New &amp;Comment…</source>
        <translation>Nuevo &amp;comentario…</translation>
    </message>
    <message>
        <source>Write a comment of your own on this article</source>
        <translation>Escribir un comentario propio sobre este artículo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Acerca de Newsdesk</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>Acerca de Newsdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Import, tag, moderate and export news articles.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Importe, etiquete, modere y exporte artículos de noticias.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Topic &amp;Taxonomy</source>
        <translation>&amp;Taxonomía de temas</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>I&amp;mprimir artículo…</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>Guardar artículo como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Ar&amp;tículo</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Comentarios</translation>
    </message>
    <message>
        <source>&amp;Import Comments…</source>
        <translation>&amp;Importar comentarios…</translation>
    </message>
    <message>
        <source>Import comments from WordPress (WXR), Disqus, CSV or JSON files onto the library&apos;s articles</source>
        <translation>Importar comentarios desde archivos de WordPress (WXR), Disqus, CSV o JSON a los artículos de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lectura</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter marked %n comment(s) as spam.</source>
        <translation>
            <numerusform>El filtro de spam ha marcado %n comentario como spam.</numerusform>
            <numerusform>El filtro de spam ha marcado %n comentarios como spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Newsdesk</source>
        <translation>%1 — Newsdesk</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se ha abierto %1</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nueva biblioteca</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File › Open Library.</source>
        <translation>«%1» ya existe. Elija un nombre nuevo o ábrala con Archivo › Abrir biblioteca.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): %1</source>
        <extracomment>The status bar&apos;s count of articles; %1 is the list of counts per status, e.g. &quot;3 new, 2 reviewed&quot;.</extracomment>
        <translation>
            <numerusform>%n artículo: %1</numerusform>
            <numerusform>%n artículos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic is suggested for this article.</source>
        <translation>No hay ningún tema sugerido para este artículo.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the trash for good, with their comments and tags? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente el artículo de la papelera (%n), con sus comentarios y etiquetas? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente los %n artículos de la papelera, con sus comentarios y etiquetas? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>Se ha eliminado definitivamente %n artículo.</numerusform>
            <numerusform>Se han eliminado definitivamente %n artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>El portapapeles no contiene texto con el que crear un artículo.</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Pages, text and feeds (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;All files (*)</source>
        <translation>Páginas, texto y canales (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Import from Web Address</source>
        <translation>Importar desde una dirección web</translation>
    </message>
    <message>
        <source>Address of a page, a feed or an OPML list:</source>
        <translation>Dirección de una página, un canal o una lista OPML:</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>El portapapeles no contiene nada que importar.</translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation>&amp;Recopilación</translation>
    </message>
    <message>
        <source>&amp;Add Selected Articles to Bundle</source>
        <translation>&amp;Añadir los artículos seleccionados a la recopilación</translation>
    </message>
    <message>
        <source>Add to &amp;Bundle</source>
        <translation>Añadir a la &amp;recopilación</translation>
    </message>
    <message>
        <source>&amp;Moderation (%L1)</source>
        <translation>&amp;Moderación (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>Se ha añadido %n artículo de ejemplo.</numerusform>
            <numerusform>Se han añadido %n artículos de ejemplo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>Marcar como nuevo</translation>
    </message>
    <message>
        <source>Mark the selected articles as new (%1)</source>
        <translation>Marcar los artículos seleccionados como nuevos (%1)</translation>
    </message>
    <message>
        <source>Mark as Reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Mark the selected articles as reviewed (%1)</source>
        <translation>Marcar los artículos seleccionados como revisados (%1)</translation>
    </message>
    <message>
        <source>Mark as Selected</source>
        <translation>Marcar como seleccionado</translation>
    </message>
    <message>
        <source>Mark the selected articles as selected (%1)</source>
        <translation>Marcar los artículos seleccionados como seleccionados (%1)</translation>
    </message>
    <message>
        <source>Mark as Rejected</source>
        <translation>Marcar como rechazado</translation>
    </message>
    <message>
        <source>Mark the selected articles as rejected (%1)</source>
        <translation>Marcar los artículos seleccionados como rechazados (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n revisado</numerusform>
            <numerusform>%n revisados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
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
            <numerusform>%n en la papelera</numerusform>
            <numerusform>%n en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeStoryCopy</name>
    <message>
        <source>Merge another site&apos;s copy</source>
        <translation>Fusionar la copia de otro sitio</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeTopics</name>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>Fusionar el tema «%1» con «%2»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MhtmlReader</name>
    <message>
        <source>The file is not an MHTML file: it has no MIME headers.</source>
        <translation>El archivo no es un archivo MHTML: no tiene cabeceras MIME.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its headers.</source>
        <translation>El archivo MHTML está cortado dentro de sus cabeceras.</translation>
    </message>
    <message>
        <source>The page in the MHTML file is larger than %1, so it was not read.</source>
        <translation>La página del archivo MHTML ocupa más de %1, así que no se ha leído.</translation>
    </message>
    <message>
        <source>The page in the MHTML file is damaged: its base64 encoding is not valid.</source>
        <translation>La página del archivo MHTML está dañada: su codificación base64 no es válida.</translation>
    </message>
    <message>
        <source>The part %1 is larger than %2 and was left out.</source>
        <translation>La parte %1 ocupa más de %2 y se ha descartado.</translation>
    </message>
    <message>
        <source>The part %1 is damaged (its base64 encoding is not valid) and was left out.</source>
        <translation>La parte %1 está dañada (su codificación base64 no es válida) y se ha descartado.</translation>
    </message>
    <message>
        <source>The part %1 has the unknown transfer encoding “%2”; its bytes were taken as they are.</source>
        <translation>La parte %1 tiene la codificación de transferencia desconocida «%2»; sus bytes se han tomado tal cual.</translation>
    </message>
    <message>
        <source>The file is not an MHTML page: it holds %1, not multipart/related.</source>
        <translation>El archivo no es una página MHTML: contiene %1, no multipart/related.</translation>
    </message>
    <message>
        <source>The MHTML file names no boundary between its parts, so they cannot be told apart.</source>
        <translation>El archivo MHTML no indica ningún delimitador entre sus partes, así que no se pueden distinguir.</translation>
    </message>
    <message>
        <source>The MHTML file holds no parts: their boundary never occurs (it may be cut off).</source>
        <translation>El archivo MHTML no contiene partes: su delimitador no aparece nunca (puede que esté cortado).</translation>
    </message>
    <message>
        <source>The MHTML file is cut off before its page is complete; nothing was imported.</source>
        <translation>El archivo MHTML está cortado antes de que su página esté completa; no se ha importado nada.</translation>
    </message>
    <message>
        <source>The MHTML file names &lt;%1&gt; as its page, but holds no such part; the first HTML part was used.</source>
        <translation>El archivo MHTML indica &lt;%1&gt; como su página, pero no contiene esa parte; se ha usado la primera parte HTML.</translation>
    </message>
    <message>
        <source>The MHTML file holds no HTML page.</source>
        <translation>El archivo MHTML no contiene ninguna página HTML.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its page; nothing was imported.</source>
        <translation>El archivo MHTML está cortado dentro de su página; no se ha importado nada.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off: its last part (%1) is incomplete and was left out.</source>
        <translation>El archivo MHTML está cortado: su última parte (%1) está incompleta y se ha descartado.</translation>
    </message>
    <message>
        <source>The nested multipart part %1 was skipped.</source>
        <translation>Se ha omitido la parte multipart anidada %1.</translation>
    </message>
    <message>
        <source>The MHTML file ends without its closing boundary; it may be cut off after its last part.</source>
        <translation>El archivo MHTML termina sin su delimitador de cierre; puede que esté cortado después de su última parte.</translation>
    </message>
    <message>
        <source>The part holding the page has the unknown transfer encoding “%1”; its bytes were taken as they are.</source>
        <translation>La parte que contiene la página tiene la codificación de transferencia desconocida «%1»; sus bytes se han tomado tal cual.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The authors&apos; comments could not be read.</source>
        <translation>No se han podido leer los comentarios de los autores.</translation>
    </message>
    <message>
        <source>The comments from the same addresses could not be read.</source>
        <translation>No se han podido leer los comentarios de las mismas direcciones.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>No se han podido leer los comentarios.</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>No se ha podido leer el registro de moderación.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogDialog</name>
    <message>
        <source>Moderation Log</source>
        <translation>Registro de moderación</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Decisions: %L1, newest first.</source>
        <translation>Decisiones: %L1, primero las más recientes.</translation>
    </message>
    <message>
        <source>Export Moderation Log</source>
        <translation>Exportar el registro de moderación</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogModel</name>
    <message>
        <source>Curator</source>
        <translation>Curador</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>Filtro de spam</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Who made a moderation decision: the import of a file that gave the comment&apos;s status.</extracomment>
        <translation>Importación</translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation>#%1 (eliminado)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Comentario %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationQueueModel</name>
    <message>
        <source>Spam score %1 (0 = surely not spam, 1 = surely spam)</source>
        <translation>Puntuación de spam %1 (0 = seguro que no es spam, 1 = seguro que es spam)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Aún sin puntuar</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <extracomment>%1 is the stored key of an unknown decider, shown as it is.</extracomment>
        <translation>Decidido por %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>A curator</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Un curador</translation>
    </message>
    <message>
        <source>The moderation rules</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>Las reglas de moderación</translation>
    </message>
    <message>
        <source>The spam filter</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>El filtro de spam</translation>
    </message>
    <message>
        <source>The imported file</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>El archivo importado</translation>
    </message>
    <message>
        <source>Decided by a curator</source>
        <translation>Decidido por un curador</translation>
    </message>
    <message>
        <source>Decided by the moderation rules</source>
        <translation>Decidido por las reglas de moderación</translation>
    </message>
    <message>
        <source>Decided by the spam filter</source>
        <translation>Decidido por el filtro de spam</translation>
    </message>
    <message>
        <source>Decided by the imported file</source>
        <translation>Decidido por el archivo importado</translation>
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
        <translation>Clave no permitida</translation>
    </message>
    <message>
        <source>Copy of spam</source>
        <translation>Copia de spam</translation>
    </message>
    <message>
        <source>Hold all</source>
        <translation>Retener todo</translation>
    </message>
    <message>
        <source>Moderation key</source>
        <translation>Clave de moderación</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Avalancha</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Known author</source>
        <translation>Autor conocido</translation>
    </message>
    <message>
        <source>Same author and text as comment %1, which is spam</source>
        <translation>Mismo autor y texto que el comentario %1, que es spam</translation>
    </message>
    <message>
        <source>Every comment is held (hold_all is on)</source>
        <translation>Se retienen todos los comentarios (hold_all está activado)</translation>
    </message>
    <message>
        <source>Links: %1, and comments with %2 or more are held</source>
        <translation>Enlaces: %1; se retienen los comentarios con %2 o más</translation>
    </message>
    <message>
        <source>Shouting: %1% of %2 letters are capitals</source>
        <translation>Mayúsculas: el %1 % de %2 letras son mayúsculas</translation>
    </message>
    <message>
        <source>Duplicate of comment %1 by the same author</source>
        <translation>Duplicado del comentario %1 del mismo autor</translation>
    </message>
    <message>
        <source>Known author: %1 has an approved comment</source>
        <translation>Autor conocido: %1 tiene un comentario aprobado</translation>
    </message>
    <message>
        <source>No rule matched; imported comments wait for a curator</source>
        <translation>Ninguna regla coincide; los comentarios importados esperan a un curador</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s name</source>
        <translation>Clave no permitida «%1» en el nombre del autor</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s email</source>
        <translation>Clave no permitida «%1» en el correo electrónico del autor</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s URL</source>
        <translation>Clave no permitida «%1» en la URL del autor</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the text</source>
        <translation>Clave no permitida «%1» en el texto</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s IP address</source>
        <translation>Clave no permitida «%1» en la dirección IP del autor</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s name</source>
        <translation>Clave de moderación «%1» en el nombre del autor</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s email</source>
        <translation>Clave de moderación «%1» en el correo electrónico del autor</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s URL</source>
        <translation>Clave de moderación «%1» en la URL del autor</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the text</source>
        <translation>Clave de moderación «%1» en el texto</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s IP address</source>
        <translation>Clave de moderación «%1» en la dirección IP del autor</translation>
    </message>
    <message>
        <source>Flood: %1 comments from IP address %2 within %3 s</source>
        <translation>Avalancha: %1 comentarios desde la dirección IP %2 en %3 s</translation>
    </message>
    <message>
        <source>Flood: %1 comments from “%2” within %3 s</source>
        <translation>Avalancha: %1 comentarios de «%2» en %3 s</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationSettings</name>
    <message>
        <source>%1 takes on or off, not “%2”.</source>
        <translation>%1 admite on u off, no «%2».</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>%1 admite un número de %2 a %3, no «%4».</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 admite un número entero, no «%2».</translation>
    </message>
    <message>
        <source>There is no moderation setting “%1”; the settings are: %2.</source>
        <translation>No existe el ajuste de moderación «%1»; los ajustes son: %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationView</name>
    <message>
        <source>All comments</source>
        <translation>Todos los comentarios</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation>Qué comentarios listar</translation>
    </message>
    <message>
        <source>Author, email or IP</source>
        <translation>Autor, correo o IP</translation>
    </message>
    <message>
        <source>Show the comments whose author&apos;s name, email or IP address is exactly this</source>
        <translation>Mostrar los comentarios cuyo autor tiene exactamente este nombre, correo electrónico o dirección IP</translation>
    </message>
    <message>
        <source>Rule or reason</source>
        <translation>Regla o motivo</translation>
    </message>
    <message>
        <source>Show the comments whose decision&apos;s reason mentions this, e.g. a rule&apos;s name</source>
        <translation>Mostrar los comentarios cuyo motivo de decisión menciona esto, p. ej., el nombre de una regla</translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation>Puntuación ≥ </translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Cualquier puntuación</translation>
    </message>
    <message>
        <source>Show only comments the spam filter scored at least this high (1 = surely spam)</source>
        <translation>Mostrar solo los comentarios a los que el filtro de spam ha dado al menos esta puntuación (1 = seguro que es spam)</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Orden de la lista</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Primero los más recientes</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Primero los más antiguos</translation>
    </message>
    <message>
        <source>Most likely spam first</source>
        <translation>Primero los más probables como spam</translation>
    </message>
    <message>
        <source>A approve · S spam · R reject · U pending · J/K next/previous · Z undo</source>
        <translation>A aprobar · S spam · R rechazar · U pendiente · J/K siguiente/anterior · Z deshacer</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show every comment by this author, or on this article</source>
        <translation>Mostrar todos los comentarios de este autor o de este artículo</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve the selected comments</source>
        <translation>Aprobar los comentarios seleccionados</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>Marcar como &amp;spam</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Button: marks the selected comments as spam (an action, not a status).</extracomment>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Mark the selected comments as spam</source>
        <translation>Marcar los comentarios seleccionados como spam</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected comments</source>
        <translation>Rechazar los comentarios seleccionados</translation>
    </message>
    <message>
        <source>Back to &amp;Pending</source>
        <translation>&amp;Devolver a pendiente</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Button: returns the selected comments to pending (an action, not a status).</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Return the selected comments to pending</source>
        <translation>Devolver los comentarios seleccionados a pendiente</translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation>Comentario si&amp;guiente</translation>
    </message>
    <message>
        <source>Go to the next comment</source>
        <translation>Ir al comentario siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation>Comentario ant&amp;erior</translation>
    </message>
    <message>
        <source>Go to the previous comment</source>
        <translation>Ir al comentario anterior</translation>
    </message>
    <message>
        <source>&amp;Undo Last Step</source>
        <translation>Des&amp;hacer el último paso</translation>
    </message>
    <message>
        <source>Undo the last step, such as a decision</source>
        <translation>Deshacer el último paso, como una decisión</translation>
    </message>
    <message>
        <source>By This Name</source>
        <translation>Por este nombre</translation>
    </message>
    <message>
        <source>By This Email</source>
        <translation>Por este correo</translation>
    </message>
    <message>
        <source>By This IP Address</source>
        <translation>Por esta dirección IP</translation>
    </message>
    <message>
        <source>Show All by This &amp;Author</source>
        <translation>Mostrar todo de este aut&amp;or</translation>
    </message>
    <message>
        <source>Show All on This Ar&amp;ticle</source>
        <translation>Mostrar todo de este artíc&amp;ulo</translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>Aprobar todos</translation>
    </message>
    <message>
        <source>Approve every comment in this list, loaded or not, as one step</source>
        <translation>Aprobar todos los comentarios de esta lista, cargados o no, en un solo paso</translation>
    </message>
    <message>
        <source>Spam All</source>
        <translation>Todos como spam</translation>
    </message>
    <message>
        <source>Mark every comment in this list as spam, loaded or not, as one step</source>
        <translation>Marcar como spam todos los comentarios de esta lista, cargados o no, en un solo paso</translation>
    </message>
    <message>
        <source>Show Whole Queue</source>
        <translation>Mostrar toda la cola</translation>
    </message>
    <message>
        <source>Leave this author or article and show the queue again</source>
        <translation>Dejar este autor o artículo y volver a mostrar la cola</translation>
    </message>
    <message>
        <source>Moderation &amp;Log…</source>
        <translation>Registro de &amp;moderación…</translation>
    </message>
    <message>
        <source>Every moderation decision: who, when, from, to and why</source>
        <translation>Todas las decisiones de moderación: quién, cuándo, de qué estado, a cuál y por qué</translation>
    </message>
    <message>
        <source>R&amp;un Rules on Pending…</source>
        <translation>Ap&amp;licar reglas a los pendientes…</translation>
    </message>
    <message>
        <source>See what the moderation rules and the spam filter would do with every pending comment, then apply it as one step</source>
        <translation>Ver qué harían las reglas de moderación y el filtro de spam con cada comentario pendiente y aplicarlo en un solo paso</translation>
    </message>
    <message>
        <source>&amp;New Comment…</source>
        <translation>&amp;Nuevo comentario…</translation>
    </message>
    <message>
        <source>Write a comment of your own on this comment&apos;s article</source>
        <translation>Escribir un comentario propio sobre el artículo de este comentario</translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation>Res&amp;ponder…</translation>
    </message>
    <message>
        <source>Answer the current comment with a comment of your own</source>
        <translation>Responder al comentario actual con un comentario propio</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>artículo %1</translation>
    </message>
    <message>
        <source>Comments by “%1” on “%2”</source>
        <translation>Comentarios de «%1» en «%2»</translation>
    </message>
    <message>
        <source>Comments by “%1”</source>
        <translation>Comentarios de «%1»</translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation>Comentarios en «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>The rules changed nothing.</source>
        <translation>Las reglas no han cambiado nada.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are pending already.</source>
        <translation>No ha cambiado nada: los comentarios ya están pendientes.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are approved already.</source>
        <translation>No ha cambiado nada: los comentarios ya están aprobados.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are marked as spam already.</source>
        <translation>No ha cambiado nada: los comentarios ya están marcados como spam.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are rejected already.</source>
        <translation>No ha cambiado nada: los comentarios ya están rechazados.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveBundleEntries</name>
    <message numerus="yes">
        <source>Move %n Entry(s) in “%1”</source>
        <translation>
            <numerusform>Mover %n entrada en «%1»</numerusform>
            <numerusform>Mover %n entradas en «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveTopic</name>
    <message>
        <source>Move topic “%1”</source>
        <translation>Mover el tema «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::NewCommentDialog</name>
    <message>
        <source>Reply to %1</source>
        <extracomment>%1 is the name of the author of the comment being replied to.</extracomment>
        <translation>Responder a %1</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curador</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Blank lines separate paragraphs</source>
        <translation>Las líneas en blanco separan párrafos</translation>
    </message>
    <message>
        <source>Add Reply</source>
        <translation>Añadir respuesta</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artículo:</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>En respuesta a:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>Responder a un comentario</translation>
    </message>
</context>
<context>
    <name>Newsdesk::OpmlImporter</name>
    <message>
        <source>This is not an OPML subscription list: its root element is &lt;%1&gt;.</source>
        <translation>No es una lista de suscripciones OPML: su elemento raíz es &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The OPML subscription list has no &lt;body&gt;.</source>
        <translation>La lista de suscripciones OPML no tiene &lt;body&gt;.</translation>
    </message>
    <message>
        <source>The feed address “%1” was ignored: it is not an absolute web address.</source>
        <translation>Se ha ignorado la dirección de canal «%1»: no es una dirección web absoluta.</translation>
    </message>
    <message>
        <source>The subscription list names no feeds.</source>
        <translation>La lista de suscripciones no indica ningún canal.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PlainTextImporter</name>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>“%1” holds no text to import.</source>
        <translation>«%1» no contiene texto que importar.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>The library&apos;s moderation settings could not be read: %1</source>
        <translation>No se ha podido leer la configuración de moderación de la biblioteca: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Approve comments by authors who already have an approved comment</source>
        <translation>Aprobar los comentarios de autores que ya tienen un comentario aprobado</translation>
    </message>
    <message>
        <source>Hold every comment for moderation, whatever the other rules say</source>
        <translation>Retener todos los comentarios para moderarlos, digan lo que digan las demás reglas</translation>
    </message>
    <message>
        <source>Hold for moderation when a comment contains:</source>
        <translation>Retener para moderación si un comentario contiene:</translation>
    </message>
    <message>
        <source>Mark as spam when a comment contains:</source>
        <translation>Marcar como spam si un comentario contiene:</translation>
    </message>
    <message>
        <source>One word or phrase a line, looked for in the author&apos;s name, email, web site and IP address and in the text, ignoring case: “press” also finds “WordPress”.</source>
        <translation>Una palabra o frase por línea; se busca en el nombre, el correo electrónico, el sitio web y la dirección IP del autor y en el texto, sin distinguir mayúsculas: «press» también encuentra «WordPress».</translation>
    </message>
    <message>
        <source>The share of capitals among the letters of a comment of 20 letters or more</source>
        <translation>La proporción de mayúsculas entre las letras de un comentario de 20 letras o más</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Newsdesk speaks the new language from its next start.</source>
        <translation>Newsdesk usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Mark comments as spam by their spam score</source>
        <translation>Marcar comentarios como spam según su puntuación de spam</translation>
    </message>
    <message>
        <source>Hold a comment with this many links or more:</source>
        <translation>Retener un comentario con este número de enlaces o más:</translation>
    </message>
    <message>
        <source>Flood limit (comments):</source>
        <translation>Límite de avalancha (comentarios):</translation>
    </message>
    <message>
        <source>Flood window (seconds):</source>
        <translation>Intervalo de avalancha (segundos):</translation>
    </message>
    <message>
        <source>Hold a comment with this share of capitals or more (%):</source>
        <translation>Retener un comentario con esta proporción de mayúsculas o más (%):</translation>
    </message>
    <message>
        <source>Lowest spam score to mark as spam:</source>
        <translation>Puntuación de spam mínima para marcar como spam:</translation>
    </message>
    <message>
        <source>Hold a comment when its author or IP address posted this many comments within the flood window, the new one included</source>
        <translation>Retener un comentario cuando su autor o su dirección IP hayan publicado este número de comentarios dentro del intervalo de avalancha, incluido el nuevo</translation>
    </message>
    <message>
        <source>How recent an author&apos;s comments must be to count towards the flood limit</source>
        <translation>Antigüedad máxima de los comentarios de un autor para que cuenten para el límite de avalancha</translation>
    </message>
</context>
<context>
    <name>Newsdesk::QuickTagPopup</name>
    <message>
        <source>Tag with… (type a topic, Enter to apply)</source>
        <translation>Etiquetar con… (escriba un tema; Intro para aplicarlo)</translation>
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
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReaderView</name>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>Cargar imágenes</translation>
    </message>
    <message>
        <source>Load the remote images of this article</source>
        <translation>Cargar las imágenes remotas de este artículo</translation>
    </message>
    <message>
        <source>Always Load</source>
        <translation>Cargar siempre</translation>
    </message>
    <message>
        <source>Load remote images in every article</source>
        <translation>Cargar las imágenes remotas en todos los artículos</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>A+</source>
        <comment>zoom in, on a small button</comment>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation>Texto más grande (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>A−</source>
        <comment>zoom out, on a small button</comment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation>Texto más pequeño (%1)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>&amp;Imprimir artículo…</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>Guardar artículo como P&amp;DF…</translation>
    </message>
    <message>
        <source>Show &amp;Pending Comments</source>
        <translation>Mostrar comentarios &amp;pendientes</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Show comments waiting for moderation with the approved ones</source>
        <translation>Mostrar los comentarios pendientes de moderación junto con los aprobados</translation>
    </message>
    <message>
        <source>Always Load &amp;Remote Images</source>
        <translation>Cargar &amp;siempre las imágenes remotas</translation>
    </message>
    <message>
        <source>Qt WebEngine does not run as root unless QTWEBENGINE_DISABLE_SANDBOX=1 is set.</source>
        <translation>Qt WebEngine no se ejecuta como root salvo que se defina QTWEBENGINE_DISABLE_SANDBOX=1.</translation>
    </message>
    <message>
        <source>Article sent to the printer.</source>
        <translation>Artículo enviado a la impresora.</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>No se ha podido imprimir el artículo.</translation>
    </message>
    <message numerus="yes">
        <source>Images from other sites are not loaded (%n), so those sites cannot see you reading this.</source>
        <translation>
            <numerusform>No se carga la imagen de otro sitio (%n), así que ese sitio no puede ver que usted está leyendo esto.</numerusform>
            <numerusform>No se cargan las imágenes de otros sitios (%n), así que esos sitios no pueden ver que usted está leyendo esto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader zoom %1%</source>
        <translation>Zoom del lector: %1 %</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>Abrir el enlace en el navegador</translation>
    </message>
    <message>
        <source>Select an article to print it.</source>
        <translation>Seleccione un artículo para imprimirlo.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Imprimir artículo</translation>
    </message>
    <message>
        <source>Select an article to save it as PDF.</source>
        <translation>Seleccione un artículo para guardarlo como PDF.</translation>
    </message>
    <message>
        <source>Save Article as PDF</source>
        <translation>Guardar artículo como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>No se ha podido maquetar la página.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
    <message>
        <source>The simpler reader was asked for (NEWSDESK_READER=text).</source>
        <translation>Se ha pedido el lector sencillo (NEWSDESK_READER=text).</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s helper program, QtWebEngineProcess, is not installed.</source>
        <translation>El programa auxiliar de Qt WebEngine, QtWebEngineProcess, no está instalado.</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s page process stopped (exit code %1).</source>
        <translation>El proceso de página de Qt WebEngine se ha detenido (código de salida %1).</translation>
    </message>
    <message>
        <source>The full reader is not available, so the article is shown in a simpler view.</source>
        <translation>El lector completo no está disponible, así que el artículo se muestra en una vista más sencilla.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RejectSuggestion</name>
    <message>
        <source>Reject suggested topic</source>
        <translation>Rechazar el tema sugerido</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RemoveBundleEntries</name>
    <message numerus="yes">
        <source>Remove %n Entry(s) from “%1”</source>
        <translation>
            <numerusform>Quitar %n entrada de «%1»</numerusform>
            <numerusform>Quitar %n entradas de «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundle</name>
    <message>
        <source>Rename Bundle “%1”</source>
        <translation>Renombrar la recopilación «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundleSection</name>
    <message>
        <source>Rename Section “%1”</source>
        <translation>Renombrar la sección «%1»</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RuleTagger</name>
    <message>
        <source>The rules of “%1”: %2</source>
        <translation>Las reglas de «%1»: %2</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>No se han podido leer las etiquetas.</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>No se han podido leer los artículos.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SampleLibrary</name>
    <message>
        <source>Could not read the sample library: %1</source>
        <translation>No se ha podido leer la biblioteca de ejemplo: %1</translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1</source>
        <translation>La biblioteca de ejemplo no es JSON válido: %1</translation>
    </message>
    <message>
        <source>Could not read the sample page %1: %2</source>
        <translation>No se ha podido leer la página de ejemplo %1: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SaveFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se ha podido escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SavedSearch</name>
    <message>
        <source>The bundle has no saved search to fill it from.</source>
        <translation>La recopilación no tiene ninguna búsqueda guardada con la que rellenarla.</translation>
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
        <translation>Cambiar la URL</translation>
    </message>
    <message>
        <source>Change the canonical URL</source>
        <translation>Cambiar la URL canónica</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Cambiar el título</translation>
    </message>
    <message>
        <source>Change the dek</source>
        <translation>Cambiar el subtítulo</translation>
    </message>
    <message>
        <source>Change the byline</source>
        <translation>Cambiar la firma</translation>
    </message>
    <message>
        <source>Change the dateline</source>
        <translation>Cambiar el lugar y fecha</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>Cambiar la agencia</translation>
    </message>
    <message>
        <source>Change the source</source>
        <translation>Cambiar la fuente</translation>
    </message>
    <message>
        <source>Change the publication date</source>
        <translation>Cambiar la fecha de publicación</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>Change the image URL</source>
        <translation>Cambiar la URL de la imagen</translation>
    </message>
    <message>
        <source>Change the image caption</source>
        <translation>Cambiar el pie de foto</translation>
    </message>
    <message>
        <source>Change the image credit</source>
        <translation>Cambiar el crédito de la imagen</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>Cambiar el cuerpo</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Change the curator note</source>
        <translation>Cambiar la nota del curador</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticlesStatus</name>
    <message numerus="yes">
        <source>Mark %n article(s) as new</source>
        <translation>
            <numerusform>Marcar %n artículo como nuevo</numerusform>
            <numerusform>Marcar %n artículos como nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as reviewed</source>
        <translation>
            <numerusform>Marcar %n artículo como revisado</numerusform>
            <numerusform>Marcar %n artículos como revisados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as selected</source>
        <translation>
            <numerusform>Marcar %n artículo como seleccionado</numerusform>
            <numerusform>Marcar %n artículos como seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as rejected</source>
        <translation>
            <numerusform>Marcar %n artículo como rechazado</numerusform>
            <numerusform>Marcar %n artículos como rechazados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetCommentStatus</name>
    <message numerus="yes">
        <source>Approve %n comment(s)</source>
        <translation>
            <numerusform>Aprobar %n comentario</numerusform>
            <numerusform>Aprobar %n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n comment(s) as spam</source>
        <translation>
            <numerusform>Marcar %n comentario como spam</numerusform>
            <numerusform>Marcar %n comentarios como spam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n comment(s)</source>
        <translation>
            <numerusform>Rechazar %n comentario</numerusform>
            <numerusform>Rechazar %n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n comment(s) to pending</source>
        <translation>
            <numerusform>Devolver %n comentario a pendiente</numerusform>
            <numerusform>Devolver %n comentarios a pendiente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SingleInstance</name>
    <message>
        <source>Another Newsdesk window has %1 open but does not answer.</source>
        <translation>Otra ventana de Newsdesk tiene abierta la biblioteca %1, pero no responde.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>Cannot listen for other Newsdesk windows: %1</source>
        <translation>No se puede escuchar a otras ventanas de Newsdesk: %1</translation>
    </message>
    <message>
        <source>The running Newsdesk window did not take the files: %1</source>
        <translation>La ventana de Newsdesk en ejecución no ha aceptado los archivos: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilter</name>
    <message>
        <source>Training was cancelled.</source>
        <translation>Se ha cancelado el entrenamiento.</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learns from your decisions and needs at least %n approved and %n spam comments.</source>
        <translation>
            <numerusform>El filtro de spam aprende de las decisiones de moderación y necesita al menos %n comentario aprobado y %n de spam.</numerusform>
            <numerusform>El filtro de spam aprende de las decisiones de moderación y necesita al menos %n comentarios aprobados y %n de spam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library has %n approved comment(s).</source>
        <translation>
            <numerusform>La biblioteca tiene %n comentario aprobado.</numerusform>
            <numerusform>La biblioteca tiene %n comentarios aprobados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n spam comment(s).</source>
        <extracomment>Follows &quot;The library has %n approved comment(s).&quot;; &quot;it&quot; is the library.</extracomment>
        <translation>
            <numerusform>Tiene %n comentario de spam.</numerusform>
            <numerusform>Tiene %n comentarios de spam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilterService</name>
    <message>
        <source>Learning from your moderation decisions…</source>
        <translation>Aprendiendo de sus decisiones de moderación…</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: %1</source>
        <translation>El filtro de spam no está disponible: %1</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: its training run was cancelled.</source>
        <translation>El filtro de spam no está disponible: se ha cancelado su entrenamiento.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n approved comment(s).</source>
        <translation>
            <numerusform>Entrenado con %n comentario aprobado.</numerusform>
            <numerusform>Entrenado con %n comentarios aprobados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n spam comment(s).</source>
        <translation>
            <numerusform>Entrenado con %n comentario de spam.</numerusform>
            <numerusform>Entrenado con %n comentarios de spam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n pending comment(s) in %1 s.</source>
        <translation>
            <numerusform>Se ha puntuado %n comentario pendiente en %1 s.</numerusform>
            <numerusform>Se han puntuado %n comentarios pendientes en %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::StatusProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Newsdesk::StoryRepository</name>
    <message>
        <source>A fingerprint has four bands.</source>
        <translation>Una huella tiene cuatro bandas.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>No existe ningún artículo con el id %1.</translation>
    </message>
    <message>
        <source>These articles are not linked.</source>
        <translation>Estos artículos no están vinculados.</translation>
    </message>
    <message>
        <source>The library could not be searched for the article.</source>
        <translation>No se ha podido buscar el artículo en la biblioteca.</translation>
    </message>
    <message>
        <source>The library could not be searched for the same story.</source>
        <translation>No se ha podido buscar la misma noticia en la biblioteca.</translation>
    </message>
    <message>
        <source>The article&apos;s fingerprint could not be stored.</source>
        <translation>No se ha podido guardar la huella del artículo.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>No se ha podido leer el artículo.</translation>
    </message>
    <message>
        <source>The copies could not be linked.</source>
        <translation>No se han podido vincular las copias.</translation>
    </message>
    <message>
        <source>The article&apos;s copies could not be read.</source>
        <translation>No se han podido leer las copias del artículo.</translation>
    </message>
    <message>
        <source>Where the story ran could not be read.</source>
        <translation>No se ha podido leer dónde apareció la noticia.</translation>
    </message>
    <message>
        <source>Where the story ran could not be recorded.</source>
        <translation>No se ha podido registrar dónde apareció la noticia.</translation>
    </message>
    <message>
        <source>The copies could not be kept apart.</source>
        <translation>No se han podido separar las copias.</translation>
    </message>
    <message>
        <source>The copies could not be merged.</source>
        <translation>No se han podido fusionar las copias.</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>No se ha podido deshacer la fusión.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SuggestionService</name>
    <message>
        <source>Learning from your tags…</source>
        <translation>Aprendiendo de sus etiquetas…</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation>Las sugerencias no están disponibles: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions start once a topic has %n article(s) tagged by hand.</source>
        <translation>
            <numerusform>Las sugerencias empiezan cuando un tema tiene %n artículo etiquetado a mano.</numerusform>
            <numerusform>Las sugerencias empiezan cuando un tema tiene %n artículos etiquetados a mano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggesting %n topic(s).</source>
        <extracomment>The classifier has learned %n topics and suggests them where they fit.</extracomment>
        <translation>
            <numerusform>Sugerencias para %n tema.</numerusform>
            <numerusform>Sugerencias para %n temas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n tagged article(s) in %1 s.</source>
        <translation>
            <numerusform>Entrenado con %n artículo etiquetado en %1 s.</numerusform>
            <numerusform>Entrenado con %n artículos etiquetados en %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagArticles</name>
    <message numerus="yes">
        <source>Tag %n article(s)</source>
        <translation>
            <numerusform>Etiquetar %n artículo</numerusform>
            <numerusform>Etiquetar %n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n article(s)</source>
        <translation>
            <numerusform>Quitar etiquetas de %n artículo</numerusform>
            <numerusform>Quitar etiquetas de %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Taxonomy</name>
    <message>
        <source>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, licensed under CC BY 4.0</source>
        <translation>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, con licencia CC BY 4.0</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The taxonomy file is larger than %L1 MB; it cannot be a topic list.</source>
        <translation>El archivo de taxonomía ocupa más de %L1 MB; no puede ser una lista de temas.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>no es un objeto JSON.</translation>
    </message>
    <message>
        <source>the field %1 is not one of any, title, dek, body, byline or source.</source>
        <translation>el campo %1 no es ninguno de any, title, dek, body, byline o source.</translation>
    </message>
    <message>
        <source>the kind %1 is not one of keyword, phrase or regex.</source>
        <translation>el tipo %1 no es ninguno de keyword, phrase o regex.</translation>
    </message>
    <message>
        <source>it has no pattern.</source>
        <translation>no tiene patrón.</translation>
    </message>
    <message>
        <source>caseSensitive is neither true nor false.</source>
        <translation>caseSensitive no es ni true ni false.</translation>
    </message>
    <message>
        <source>The file has no list of topics.</source>
        <translation>El archivo no tiene ninguna lista de temas.</translation>
    </message>
    <message>
        <source>The children of the topic %1 are not a list.</source>
        <translation>Los hijos del tema %1 no son una lista.</translation>
    </message>
    <message>
        <source>The topic %1 has topics more than %2 levels deep; a taxonomy can have at most %2 levels.</source>
        <translation>El tema %1 tiene temas a más de %2 niveles de profundidad; una taxonomía puede tener como máximo %2 niveles.</translation>
    </message>
    <message>
        <source>Two topics at the top level are both called %1.</source>
        <translation>Hay dos temas en el nivel superior que se llaman %1.</translation>
    </message>
    <message>
        <source>Two topics under %1 are both called %2.</source>
        <translation>Hay dos temas bajo %1 que se llaman %2.</translation>
    </message>
    <message>
        <source>The taxonomy has more than %L1 topics; at most %L1 can be imported at once.</source>
        <translation>La taxonomía tiene más de %L1 temas; se pueden importar como máximo %L1 a la vez.</translation>
    </message>
    <message>
        <source>The topic %1 has the colour %2; colours are written #rrggbb.</source>
        <translation>El tema %1 tiene el color %2; los colores se escriben #rrggbb.</translation>
    </message>
    <message>
        <source>The code %1 of the topic %2 is not a code (a code has no spaces).</source>
        <translation>El código %1 del tema %2 no es un código (un código no tiene espacios).</translation>
    </message>
    <message>
        <source>The related codes of the topic %1 are not a list.</source>
        <translation>Los códigos relacionados del tema %1 no son una lista.</translation>
    </message>
    <message>
        <source>The related code %1 of the topic %2 is not a code.</source>
        <translation>El código relacionado %1 del tema %2 no es un código.</translation>
    </message>
    <message>
        <source>The rules of the topic %1 are not a list.</source>
        <translation>Las reglas del tema %1 no son una lista.</translation>
    </message>
    <message>
        <source>Rule %1 of the topic %2 is not valid: %3</source>
        <translation>La regla %1 del tema %2 no es válida: %3</translation>
    </message>
    <message>
        <source>The built-in topic list %1 is missing: %2</source>
        <translation>Falta la lista de temas integrada %1: %2</translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1 (at byte %L2).</source>
        <translation>La taxonomía no es JSON válido: %1 (en el byte %L2).</translation>
    </message>
    <message>
        <source>This is not a Newsdesk taxonomy: it does not say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>No es una taxonomía de Newsdesk: no indica &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The taxonomy has no valid format version.</source>
        <translation>La taxonomía no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>The taxonomy was written by a newer Newsdesk (format version %1); this version reads version %2. Update Newsdesk to import it.</source>
        <translation>La taxonomía se escribió con una versión más reciente de Newsdesk (versión de formato %1); esta versión lee la versión %2. Actualice Newsdesk para importarla.</translation>
    </message>
    <message>
        <source>Could not read the taxonomy file “%1”: %2</source>
        <translation>No se ha podido leer el archivo de taxonomía «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>No se puede importar «%1». %2</translation>
    </message>
    <message>
        <source>The topic&apos;s rules are not a JSON list.</source>
        <translation>Las reglas del tema no son una lista JSON.</translation>
    </message>
    <message>
        <source>Rule %1 is not valid: %2</source>
        <translation>La regla %1 no es válida: %2</translation>
    </message>
    <message>
        <source>Topic %1 at the top level is not a JSON object.</source>
        <translation>El tema %1 del nivel superior no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Topic %1 under %2 is not a JSON object.</source>
        <translation>El tema %1 bajo %2 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Topic %1 at the top level has no name.</source>
        <translation>El tema %1 del nivel superior no tiene nombre.</translation>
    </message>
    <message>
        <source>Topic %1 under %2 has no name.</source>
        <translation>El tema %1 bajo %2 no tiene nombre.</translation>
    </message>
    <message>
        <source>The description of the topic %1 is not text.</source>
        <translation>La descripción del tema %1 no es texto.</translation>
    </message>
    <message>
        <source>The colour of the topic %1 is not text.</source>
        <translation>El color del tema %1 no es texto.</translation>
    </message>
    <message>
        <source>The code of the topic %1 is not text.</source>
        <translation>El código del tema %1 no es texto.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Template</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>a tag is opened here but never closed (“%1” is missing)</source>
        <translation>se abre una etiqueta aquí que no se cierra nunca (falta «%1»)</translation>
    </message>
    <message>
        <source>changing the delimiters (“{{=”) is not supported</source>
        <translation>no se admite cambiar los delimitadores («{{=»)</translation>
    </message>
    <message>
        <source>the tag “%1” has no name</source>
        <translation>la etiqueta «%1» no tiene nombre</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no open section</source>
        <translation>«{{/%1}}» no cierra ninguna sección abierta</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes the section “%2” opened on line %3</source>
        <translation>«{{/%1}}» cierra la sección «%2», abierta en la línea %3</translation>
    </message>
    <message>
        <source>the section “%1” opened on line %2 is never closed</source>
        <translation>la sección «%1», abierta en la línea %2, no se cierra nunca</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TemplateSet</name>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>La carpeta de plantillas %1 no existe.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>No se puede leer la plantilla %1: %2</translation>
    </message>
    <message>
        <source>%1 line %2: the partial “%3” does not exist (no %3%4 in the template folder)</source>
        <translation>%1, línea %2: el parcial «%3» no existe (no hay %3%4 en la carpeta de plantillas)</translation>
    </message>
    <message>
        <source>The template folder has no readable file %1.</source>
        <translation>La carpeta de plantillas no tiene ningún archivo legible %1.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoder</name>
    <message>
        <source>No charset was declared and none could be detected; the text was decoded as windows-1252.</source>
        <translation>No se ha declarado ningún juego de caracteres ni se ha podido detectar; el texto se ha decodificado como windows-1252.</translation>
    </message>
    <message numerus="yes">
        <source>The text is not valid UTF-8: %n byte(s) could not be decoded and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>El texto no es UTF-8 válido: %n byte no se ha podido decodificar y se ha sustituido por U+FFFD.</numerusform>
            <numerusform>El texto no es UTF-8 válido: %n bytes no se han podido decodificar y se han sustituido por U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded as %1 and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n secuencia de bytes no se ha podido decodificar como %1 y se ha sustituido por U+FFFD.</numerusform>
            <numerusform>%n secuencias de bytes no se han podido decodificar como %1 y se han sustituido por U+FFFD.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not a web page.</source>
        <translation>El archivo parece un archivo binario, no una página web.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not an XML document.</source>
        <translation>El archivo parece un archivo binario, no un documento XML.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not text.</source>
        <translation>El archivo parece un archivo binario, no texto.</translation>
    </message>
    <message>
        <source>The byte order mark says %1; the charset %2 named by the Content-Type header was ignored.</source>
        <translation>La marca de orden de bytes indica %1; se ha ignorado el juego de caracteres %2 que indicaba la cabecera Content-Type.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>La cabecera Content-Type indica el juego de caracteres %1, pero los bytes parecen %2; el texto se ha decodificado como %2.</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>La etiqueta &lt;meta&gt; de la página indica el juego de caracteres %1, pero los bytes parecen %2; el texto se ha decodificado como %2.</translation>
    </message>
    <message>
        <source>The XML declaration names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>La declaración XML indica el juego de caracteres %1, pero los bytes parecen %2; el texto se ha decodificado como %2.</translation>
    </message>
    <message>
        <source>The document names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>El documento indica el juego de caracteres %1, pero los bytes parecen %2; el texto se ha decodificado como %2.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset “%1”, which is not known; it was ignored.</source>
        <translation>La cabecera Content-Type indica el juego de caracteres «%1», que no se conoce; se ha ignorado.</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset “%1”, which is not known; it was ignored.</source>
        <translation>La etiqueta &lt;meta&gt; de la página indica el juego de caracteres «%1», que no se conoce; se ha ignorado.</translation>
    </message>
    <message>
        <source>The XML declaration names the charset “%1”, which is not known; it was ignored.</source>
        <translation>La declaración XML indica el juego de caracteres «%1», que no se conoce; se ha ignorado.</translation>
    </message>
    <message>
        <source>The document names the charset “%1”, which is not known; it was ignored.</source>
        <translation>El documento indica el juego de caracteres «%1», que no se conoce; se ha ignorado.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes are not %1; it was ignored.</source>
        <translation>La cabecera Content-Type indica el juego de caracteres %1, pero los bytes no son %1; se ha ignorado.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicClassifier</name>
    <message>
        <source>There are no tagged articles to learn from.</source>
        <translation>No hay artículos etiquetados de los que aprender.</translation>
    </message>
    <message>
        <source>The classifier options are out of range.</source>
        <translation>Las opciones del clasificador están fuera de rango.</translation>
    </message>
    <message>
        <source>Training the topic classifier was cancelled.</source>
        <translation>Se ha cancelado el entrenamiento del clasificador de temas.</translation>
    </message>
    <message>
        <source>The topic classifier data is damaged or truncated.</source>
        <translation>Los datos del clasificador de temas están dañados o truncados.</translation>
    </message>
    <message>
        <source>This is not Newsdesk topic classifier data.</source>
        <translation>No son datos del clasificador de temas de Newsdesk.</translation>
    </message>
    <message>
        <source>The topic classifier was saved by a newer Newsdesk (format %1); this one reads format %2.</source>
        <translation>El clasificador de temas se guardó con una versión más reciente de Newsdesk (formato %1); esta lee el formato %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicEvidence</name>
    <message>
        <source>Reading the tagged articles was cancelled.</source>
        <translation>Se ha cancelado la lectura de los artículos etiquetados.</translation>
    </message>
    <message>
        <source>The articles to learn topics from could not be read.</source>
        <translation>No se han podido leer los artículos de los que aprender temas.</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>No se han podido leer los temas de los artículos.</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>No se han podido leer los temas del artículo.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRepository</name>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>No existe ningún tema con el id %1.</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>Un tema necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a topic named “%1” there.</source>
        <translation>Ya existe ahí un tema llamado «%1».</translation>
    </message>
    <message>
        <source>A topic cannot move into itself or below itself.</source>
        <translation>Un tema no se puede mover dentro de sí mismo ni debajo de sí mismo.</translation>
    </message>
    <message>
        <source>There is already a topic of that name there.</source>
        <translation>Ya existe ahí un tema con ese nombre.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into itself.</source>
        <translation>Un tema no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into one of its own subtopics.</source>
        <translation>Un tema no se puede fusionar con uno de sus propios subtemas.</translation>
    </message>
    <message>
        <source>The topics could not be read.</source>
        <translation>No se han podido leer los temas.</translation>
    </message>
    <message>
        <source>The topic could not be read.</source>
        <translation>No se ha podido leer el tema.</translation>
    </message>
    <message>
        <source>The topic could not be looked up.</source>
        <translation>No se ha podido buscar el tema.</translation>
    </message>
    <message>
        <source>The topic tree could not be read.</source>
        <translation>No se ha podido leer el árbol de temas.</translation>
    </message>
    <message>
        <source>The topic “%1” could not be added.</source>
        <translation>No se ha podido añadir el tema «%1».</translation>
    </message>
    <message>
        <source>The topic could not be added.</source>
        <translation>No se ha podido añadir el tema.</translation>
    </message>
    <message>
        <source>The topic could not be changed.</source>
        <translation>No se ha podido modificar el tema.</translation>
    </message>
    <message>
        <source>The topic could not be moved.</source>
        <translation>No se ha podido mover el tema.</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be read.</source>
        <translation>No se han podido leer los artículos del tema.</translation>
    </message>
    <message>
        <source>The topic could not be deleted.</source>
        <translation>No se ha podido eliminar el tema.</translation>
    </message>
    <message>
        <source>The topics could not be merged.</source>
        <translation>No se han podido fusionar los temas.</translation>
    </message>
    <message>
        <source>The topic could not be restored.</source>
        <translation>No se ha podido restaurar el tema.</translation>
    </message>
    <message>
        <source>The articles could not be tagged.</source>
        <translation>No se han podido etiquetar los artículos.</translation>
    </message>
    <message>
        <source>The topic could not be removed from the articles.</source>
        <translation>No se ha podido quitar el tema de los artículos.</translation>
    </message>
    <message>
        <source>The tags could not be restored.</source>
        <translation>No se han podido restaurar las etiquetas.</translation>
    </message>
    <message>
        <source>The tags could not be removed.</source>
        <translation>No se han podido quitar las etiquetas.</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>No se han podido leer los temas del artículo.</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>No se han podido leer los temas de los artículos.</translation>
    </message>
    <message>
        <source>The topics&apos; articles could not be counted.</source>
        <translation>No se han podido contar los artículos de los temas.</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be counted.</source>
        <translation>No se han podido contar los artículos del tema.</translation>
    </message>
    <message>
        <source>The suggestion could not be rejected.</source>
        <translation>No se ha podido rechazar la sugerencia.</translation>
    </message>
    <message>
        <source>The rejection could not be undone.</source>
        <translation>No se ha podido deshacer el rechazo.</translation>
    </message>
    <message>
        <source>The rejected suggestions could not be read.</source>
        <translation>No se han podido leer las sugerencias rechazadas.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleMatcher</name>
    <message>
        <source>The rule has no pattern.</source>
        <translation>La regla no tiene patrón.</translation>
    </message>
    <message>
        <source>The pattern “%1…” is longer than %L2 characters.</source>
        <translation>El patrón «%1…» tiene más de %L2 caracteres.</translation>
    </message>
    <message>
        <source>The regular expression “%1” does not compile: %2 (at character %3).</source>
        <translation>La expresión regular «%1» no compila: %2 (en el carácter %3).</translation>
    </message>
    <message>
        <source>The regular expression “%1” matches empty text, so it would match every article.</source>
        <translation>La expresión regular «%1» coincide con el texto vacío, así que coincidiría con todos los artículos.</translation>
    </message>
    <message>
        <source>The phrase “%1” has no words to look for.</source>
        <translation>La frase «%1» no tiene palabras que buscar.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleSet</name>
    <message>
        <source>Topic %1: %2</source>
        <translation>Tema %1: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicSuggestions</name>
    <message>
        <source>No article has a topic set by hand yet, so there is nothing to learn from. Tag a few articles per topic and suggestions will follow.</source>
        <translation>Ningún artículo tiene todavía un tema asignado a mano, así que no hay nada de lo que aprender. Etiquete unos cuantos artículos por tema y llegarán las sugerencias.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicsDock</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Buscar un tema</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a topic beside the selected one</source>
        <translation>Añadir un tema junto al seleccionado</translation>
    </message>
    <message>
        <source>Add Below</source>
        <translation>Añadir debajo</translation>
    </message>
    <message>
        <source>Add a subtopic</source>
        <translation>Añadir un subtema</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Merge the selected topic into another</source>
        <translation>Fusionar el tema seleccionado con otro</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>Mostrar los artículos de todos los temas</translation>
    </message>
    <message>
        <source>Export Taxonomy…</source>
        <translation>Exportar taxonomía…</translation>
    </message>
    <message>
        <source>Save every topic, with its colour, codes and rules, as a JSON file</source>
        <translation>Guardar todos los temas, con su color, códigos y reglas, como archivo JSON</translation>
    </message>
    <message>
        <source>Import Taxonomy…</source>
        <translation>Importar taxonomía…</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file; topics already there are kept</source>
        <translation>Añadir los temas de un archivo de taxonomía; los temas que ya existen se conservan</translation>
    </message>
    <message>
        <source>Import Full IPTC Tree</source>
        <translation>Importar el árbol IPTC completo</translation>
    </message>
    <message>
        <source>Add every IPTC Media Topic; topics already there are kept</source>
        <translation>Añadir todos los IPTC Media Topics; los temas que ya existen se conservan</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomía</translation>
    </message>
    <message>
        <source>Export or import the topic taxonomy</source>
        <translation>Exportar o importar la taxonomía de temas</translation>
    </message>
    <message>
        <source>New Subtopic</source>
        <translation>Nuevo subtema</translation>
    </message>
    <message>
        <source>New Topic</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete Topic</source>
        <translation>Eliminar tema</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its subtopics? %n article(s) will lose the tag. You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar «%1» y sus subtemas? %n artículo perderá la etiqueta. Podrá deshacerlo.</numerusform>
            <numerusform>¿Eliminar «%1» y sus subtemas? %n artículos perderán la etiqueta. Podrá deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Topic</source>
        <translation>Fusionar tema</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionar «%1» con:</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No hay ninguna biblioteca abierta.</translation>
    </message>
    <message>
        <source>Export Taxonomy</source>
        <translation>Exportar taxonomía</translation>
    </message>
    <message>
        <source>Newsdesk taxonomies (*.json);;All files (*)</source>
        <translation>Taxonomías de Newsdesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exported the taxonomy to %1</source>
        <translation>Se ha exportado la taxonomía a %1</translation>
    </message>
    <message>
        <source>Import Taxonomy</source>
        <translation>Importar taxonomía</translation>
    </message>
    <message>
        <source>IPTC Media Topics</source>
        <translation>IPTC Media Topics</translation>
    </message>
    <message>
        <source>Every topic of “%1” is in the taxonomy already; nothing was added.</source>
        <translation>Todos los temas de «%1» ya están en la taxonomía; no se ha añadido nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n topic(s) from “%1”</source>
        <translation>
            <numerusform>Se ha importado %n tema de «%1»</numerusform>
            <numerusform>Se han importado %n temas de «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TrashArticles</name>
    <message numerus="yes">
        <source>Restore %n article(s)</source>
        <translation>
            <numerusform>Restaurar %n artículo</numerusform>
            <numerusform>Restaurar %n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>Mover %n artículo a la papelera</numerusform>
            <numerusform>Mover %n artículos a la papelera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Triage</name>
    <message>
        <source>Spam score %1 (threshold %2)</source>
        <translation>Puntuación de spam %1 (umbral %2)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageDialog</name>
    <message>
        <source>Run Rules on Pending Comments</source>
        <translation>Aplicar las reglas a los comentarios pendientes</translation>
    </message>
    <message>
        <source>Running the moderation rules and the spam filter over the pending comments…</source>
        <translation>Aplicando las reglas de moderación y el filtro de spam a los comentarios pendientes…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>No se han podido aplicar las reglas: %1</translation>
    </message>
    <message>
        <source>No comment is pending.</source>
        <translation>No hay ningún comentario pendiente.</translation>
    </message>
    <message>
        <source>Pending comments: %L1. Approve: %L2 · Spam: %L3 · Reject: %L4 · Stay pending: %L5. Apply writes these decisions as one step you can undo.</source>
        <translation>Comentarios pendientes: %L1. Aprobar: %L2 · Spam: %L3 · Rechazar: %L4 · Siguen pendientes: %L5. Aplicar guarda estas decisiones en un solo paso que se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>El filtro de spam ha aprendido de %n comentario aprobado.</numerusform>
            <numerusform>El filtro de spam ha aprendido de %n comentarios aprobados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>También ha aprendido de %n comentario de spam.</numerusform>
            <numerusform>También ha aprendido de %n comentarios de spam.</numerusform>
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
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Stays pending</source>
        <extracomment>Triage&apos;s proposal for a comment it leaves as it is.</extracomment>
        <translation>Sigue pendiente</translation>
    </message>
    <message>
        <source>Stays approved</source>
        <translation>Sigue aprobado</translation>
    </message>
    <message>
        <source>Stays spam</source>
        <translation>Sigue siendo spam</translation>
    </message>
    <message>
        <source>Stays rejected</source>
        <translation>Sigue rechazado</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address; Newsdesk fetches only http and https URLs.</source>
        <translation>«%1» no es una dirección web; Newsdesk solo descarga URL http y https.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL; Newsdesk fetches only those.</source>
        <translation>%1 no es una URL http ni https; Newsdesk solo descarga esas.</translation>
    </message>
    <message>
        <source>“%1” names no server to fetch from.</source>
        <translation>«%1» no indica ningún servidor del que descargar.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>Se ha cancelado la descarga de %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Newsdesk fetches for one page.</source>
        <translation>%1 ocupa más de %2, el máximo que Newsdesk descarga para una página.</translation>
    </message>
    <message>
        <source>Fetching %1 timed out after %2 s without data from the server.</source>
        <translation>Se ha agotado el tiempo de descarga de %1 tras %2 s sin datos del servidor.</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere, and following redirects is turned off.</source>
        <translation>%1 redirige a otro lugar y el seguimiento de redirecciones está desactivado.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up on %1 after %n redirect(s); it probably redirects in a loop.</source>
        <translation>
            <numerusform>Se ha abandonado %1 tras %n redirección; probablemente redirige en bucle.</numerusform>
            <numerusform>Se ha abandonado %1 tras %n redirecciones; probablemente redirige en bucle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which Newsdesk does not follow.</source>
        <translation>%1 redirige de https a http sin cifrar, algo que Newsdesk no sigue.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>El servidor ha respondido %1 para %2.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>No se ha podido descargar %1: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::WxrCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>pingbacks and trackbacks are notices from other sites, not reader comments</source>
        <translation>los pingbacks y trackbacks son avisos de otros sitios, no comentarios de lectores</translation>
    </message>
    <message numerus="yes">
        <source>The item “%1” has no &lt;link&gt; or &lt;guid&gt;, so its %n comment(s) cannot be matched to an article.</source>
        <translation>
            <numerusform>El elemento «%1» no tiene &lt;link&gt; ni &lt;guid&gt;, así que su comentario (%n) no se puede asociar a ningún artículo.</numerusform>
            <numerusform>El elemento «%1» no tiene &lt;link&gt; ni &lt;guid&gt;, así que sus %n comentarios no se pueden asociar a ningún artículo.</numerusform>
        </translation>
    </message>
    <message>
        <source>WordPress export (WXR)</source>
        <translation>Exportación de WordPress (WXR)</translation>
    </message>
    <message>
        <source>This is not a WordPress export: its root element is &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation>No es una exportación de WordPress: su elemento raíz es &lt;%1&gt;, no &lt;rss&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had only a local date without a time zone; it was read as UTC.</source>
        <translation>
            <numerusform>%n comentario solo tenía una fecha local sin zona horaria; se ha leído como UTC.</numerusform>
            <numerusform>%n comentarios solo tenían una fecha local sin zona horaria; se ha leído como UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n comentario tenía una fecha no válida; se ha importado sin fecha.</numerusform>
            <numerusform>%n comentarios tenían una fecha no válida; se han importado sin fecha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>Se ha descartado %n dirección de autor que no era un enlace http(s).</numerusform>
            <numerusform>Se han descartado %n direcciones de autor que no eran enlaces http(s).</numerusform>
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
        <translation>Abrir otra biblioteca…</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Bibliotecas de Newsdesk (*.sqlite *.newsdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>newsdesk: %1</source>
        <translation>newsdesk: %1</translation>
    </message>
    <message>
        <source>--export-pdf needs --out FILE.</source>
        <translation>--export-pdf necesita --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4 or Letter.</source>
        <translation>Tamaño de página desconocido, «%1»: use A4 o Letter.</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1 ya existe; añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>Newsdesk: import, tag, moderate and export news articles.</source>
        <translation>Newsdesk: importe, etiquete, modere y exporte artículos de noticias.</translation>
    </message>
    <message>
        <source>Open the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>Abrir el archivo de biblioteca de &lt;ruta&gt; (predeterminado: $NEWSDESK_LIBRARY o %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>If the library is empty, fill it with the sample articles.</source>
        <translation>Si la biblioteca está vacía, llenarla con los artículos de ejemplo.</translation>
    </message>
    <message>
        <source>Print the bundle &lt;name&gt; to PDF and exit.</source>
        <translation>Imprimir la recopilación &lt;nombre&gt; en PDF y salir.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>A4 (the default) or Letter.</source>
        <translation>A4 (predeterminado) o Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>Replace the PDF file if it exists.</source>
        <translation>Reemplazar el archivo PDF si ya existe.</translation>
    </message>
    <message>
        <source>Files and web addresses given are imported into the library. When a Newsdesk window has the library open already, they are handed to it and that window comes to the front.</source>
        <translation>Los archivos y las direcciones web indicados se importan a la biblioteca. Si una ventana de Newsdesk ya tiene abierta la biblioteca, se le entregan a esa ventana y esta pasa a primer plano.</translation>
    </message>
    <message>
        <source>Pages, feeds, Newsdesk bundles or web addresses to import.</source>
        <translation>Páginas, canales, recopilaciones de Newsdesk o direcciones web que importar.</translation>
    </message>
</context>
</TS>
