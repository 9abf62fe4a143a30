<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
            <numerusform>%n 件の記事を「%1」に追加</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddBundleSection</name>
    <message>
        <source>Add Section “%1”</source>
        <translation>セクション「%1」を追加</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddComment</name>
    <message>
        <source>Reply to a comment</source>
        <translation>コメントに返信</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>コメントを追加</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ApplyTriage</name>
    <message>
        <source>Apply the moderation rules</source>
        <translation>モデレーション ルールを適用</translation>
    </message>
    <message numerus="yes">
        <source>Apply the moderation rules to %n comment(s)</source>
        <translation>
            <numerusform>%n 件のコメントにモデレーション ルールを適用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDetailPane</name>
    <message>
        <source>Select an article to read and edit it.</source>
        <translation>記事を選択すると、ここで閲覧・編集できます。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation>リード文(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B):</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>発信地(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>通信社(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ソース(&amp;S):</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>公開日時(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. en, ja, pt-BR</source>
        <translation>例: en、ja、pt-BR</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状態(&amp;U):</translation>
    </message>
    <message>
        <source>Your note on this article (only you see it)</source>
        <translation>この記事についてのメモ（自分だけに表示されます）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <source>in the trash — restore it to edit</source>
        <translation>ゴミ箱内 — 編集するには元に戻してください</translation>
    </message>
    <message>
        <source>%1 (&lt;a href=&quot;relink:%2&quot;&gt;same story after all&lt;/a&gt;)</source>
        <translation>%1（&lt;a href=&quot;relink:%2&quot;&gt;やはり同じストーリー&lt;/a&gt;）</translation>
    </message>
    <message>
        <source> (&lt;a href=&quot;merge:%1&quot;&gt;merge&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation>（&lt;a href=&quot;merge:%1&quot;&gt;統合&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;別のストーリー&lt;/a&gt;）</translation>
    </message>
    <message>
        <source> (first seen; &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation>（最初の掲載。&lt;a href=&quot;apart:%1&quot;&gt;別のストーリー&lt;/a&gt;）</translation>
    </message>
    <message>
        <source>Also published by %1</source>
        <translation>%1 でも掲載</translation>
    </message>
    <message>
        <source>Also ran in %1 (merged)</source>
        <translation>%1 でも掲載（統合済み）</translation>
    </message>
    <message>
        <source>Kept apart from %1</source>
        <translation>%1 とは別扱い</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>トピック:</translation>
    </message>
    <message>
        <source> &lt;i&gt;(rule)&lt;/i&gt;</source>
        <translation> &lt;i&gt;（ルール）&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;(suggested, %1%)&lt;/i&gt;</source>
        <translation> &lt;i&gt;（候補、%1%）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none yet — press T to tag&lt;/i&gt;</source>
        <translation>&lt;i&gt;まだありません — T キーでタグ付け&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>候補:</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Tab: the article shown as it reads (a mode, not &quot;has been read&quot;).</extracomment>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Tab: the article&apos;s fields, to edit them (a mode).</extracomment>
        <translation>編集</translation>
    </message>
    <message>
        <source>&lt;i&gt;learning from your tags…&lt;/i&gt;</source>
        <translation>&lt;i&gt;タグ付けから学習中…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;なし&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>&lt;small&gt;Y accepts, N rejects the first&lt;/small&gt;</source>
        <translation>&lt;small&gt;Y で先頭の候補を採用、N で却下&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFormatter</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Image from %1 not loaded</source>
        <translation>%1 の画像は読み込まれていません</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Also published by</source>
        <translation>他の掲載元</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>統合済み</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Column header: how well an article matches the search (its relevance).</extracomment>
        <translation>一致</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 waiting for moderation</source>
        <translation>
            <numerusform>コメント %n 件（うちモデレーション待ち %1 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation>ID %1 の記事はありません。</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>記事にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>「%1」は状態ではありません。new、reviewed、selected、rejected のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; use ISO 8601, e.g. 2026-10-03T08:15:00Z.</source>
        <translation>「%1」は日時ではありません。ISO 8601 形式（例: 2026-10-03T08:15:00Z）で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a language tag such as en, ja or pt-BR.</source>
        <translation>「%1」は en、ja、pt-BR のような言語タグではありません。</translation>
    </message>
    <message>
        <source>Some of the articles no longer exist.</source>
        <translation>一部の記事はもう存在しません。</translation>
    </message>
    <message>
        <source>“%1” is not a status: use new, reviewed, selected or rejected.</source>
        <translation>「%1」は状態ではありません。new、reviewed、selected、rejected のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 12h, 7d, 2w or a date such as 2026-11-01.</source>
        <translation>「%1」は時間の指定ではありません。12h、7d、2w、または 2026-11-01 のような日付を指定してください。</translation>
    </message>
    <message>
        <source>The articles could not be listed.</source>
        <translation>記事を一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>記事を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The articles could not be counted.</source>
        <translation>記事数を集計できませんでした。</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>記事を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The article “%1” could not be added.</source>
        <translation>記事「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The article could not be changed.</source>
        <translation>記事を変更できませんでした。</translation>
    </message>
    <message>
        <source>The articles could not be moved to the trash.</source>
        <translation>記事をゴミ箱に移動できませんでした。</translation>
    </message>
    <message>
        <source>The articles could not be restored from the trash.</source>
        <translation>記事をゴミ箱から元に戻せませんでした。</translation>
    </message>
    <message>
        <source>The articles could not be deleted.</source>
        <translation>記事を削除できませんでした。</translation>
    </message>
    <message>
        <source>The trash could not be read.</source>
        <translation>ゴミ箱を読み込めませんでした。</translation>
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
        <translation>正規 URL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>リード文</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>発信地</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>通信社</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日時</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>画像 URL</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>画像キャプション</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>画像クレジット</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Curator note</source>
        <translation>キュレーターのメモ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>レビュー済み</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選択済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下済み</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleEntriesModel</name>
    <message>
        <source>(missing article %1)</source>
        <translation>（記事 %1 が見つかりません）</translation>
    </message>
    <message>
        <source>Section: the articles below it, up to the next section, are grouped under “%1”.</source>
        <translation>セクション: 次のセクションまでの記事は「%1」の下にまとめられます。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>HTML site (folder)</source>
        <translation>HTML サイト（フォルダー）</translation>
    </message>
    <message>
        <source>HTML, one file</source>
        <translation>HTML（単一ファイル）</translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Atom フィード</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>RSS フィード</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF is printed with Qt WebEngine by the newsdesk program (Bundle › Export Bundle… in the window, or newsdesk-cli export, which runs it); it cannot be written here.</source>
        <translation>PDF は newsdesk プログラムが Qt WebEngine で印刷します（ウィンドウの［バンドル］›［バンドルをエクスポート…］、またはこれを実行する newsdesk-cli export を使用してください）。ここでは書き出せません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportController</name>
    <message>
        <source>Stop the export</source>
        <translation>エクスポートを中止</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>バンドルをエクスポート</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>エクスポートがまだ実行中です。</translation>
    </message>
    <message>
        <source>%1 exists already; choose to replace it or save elsewhere.</source>
        <translation>%1 は既に存在します。置き換えるか、別の場所に保存してください。</translation>
    </message>
    <message>
        <source>Printing the bundle to PDF…</source>
        <translation>バンドルを PDF に印刷中…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>エクスポートはキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The bundle could not be exported: %1</source>
        <translation>バンドルをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Exporting an HTML site…</source>
        <translation>HTML サイトをエクスポート中…</translation>
    </message>
    <message>
        <source>Exporting one HTML file…</source>
        <translation>単一の HTML ファイルをエクスポート中…</translation>
    </message>
    <message>
        <source>Exporting a JSON Feed…</source>
        <translation>JSON Feed をエクスポート中…</translation>
    </message>
    <message>
        <source>Exporting an Atom feed…</source>
        <translation>Atom フィードをエクスポート中…</translation>
    </message>
    <message>
        <source>Exporting an RSS feed…</source>
        <translation>RSS フィードをエクスポート中…</translation>
    </message>
    <message>
        <source>Exporting a PDF…</source>
        <translation>PDF をエクスポート中…</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportDialog</name>
    <message>
        <source>Export Bundle “%1”</source>
        <translation>バンドル「%1」をエクスポート</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Embed images in the file</source>
        <translation>画像をファイルに埋め込む</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Template folder:</source>
        <translation>テンプレート フォルダー(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>用紙サイズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Copy images into the site</source>
        <translation>画像をサイトにコピーする</translation>
    </message>
    <message>
        <source>Folder for the Site</source>
        <translation>サイトの保存先フォルダー</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>バンドルをエクスポート</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>テンプレート フォルダー</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>エクスポートの保存先を選択してください。</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>テンプレート フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>Replace Existing Export?</source>
        <translation>既存のエクスポートを置き換えますか？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 は既に存在します。このエクスポートで置き換えますか？</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleFeeds</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>%1 で読む</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>無題のバンドル</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleHtml</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>The template folder has no %1.mustache.</source>
        <translation>テンプレート フォルダーに %1.mustache がありません。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>article title — bundle title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>無題のバンドル</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Curator’s note</source>
        <translation>キュレーターのメモ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Selected and published with Newsdesk. Each article links to its source.</source>
        <translation>Newsdesk で選定・公開しました。各記事はその出典にリンクしています。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleJson</name>
    <message>
        <source>The file&apos;s Newsdesk fields do not say which format version they are in.</source>
        <translation>ファイルの Newsdesk フィールドにフォーマットのバージョンが記載されていません。</translation>
    </message>
    <message>
        <source>This bundle was exported by a newer Newsdesk (format %1; this version reads up to format %2). Update Newsdesk to import it.</source>
        <translation>このバンドルは新しいバージョンの Newsdesk でエクスポートされています（フォーマット %1。このバージョンで読めるのはフォーマット %2 までです）。インポートするには Newsdesk を更新してください。</translation>
    </message>
    <message>
        <source>Imported bundle</source>
        <translation>インポートしたバンドル</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be text.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」はテキストである必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be true or false.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」は true または false である必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a whole number, 0 or more.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」は 0 以上の整数である必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a date such as 2024-05-01T09:30:00Z.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」は 2024-05-01T09:30:00Z のような日付である必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a list.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」はリストである必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be an object.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a topic&apos;s name.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」はトピック名である必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the comment&apos;s id.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」はコメントの ID である必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a section&apos;s heading.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」はセクションの見出しである必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the index of the section&apos;s first item, in order.</source>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」はセクションの最初の項目の番号（順序どおり）である必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be one of %2.</source>
        <extracomment>%1 is where in the file (“items[0]._newsdesk.status”), %2 the allowed values, as they are.</extracomment>
        <translation>ファイルの Newsdesk フィールドを読み取れません: 「%1」は %2 のいずれかである必要があります。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleListModel</name>
    <message numerus="yes">
        <source>%1
%n article(s), changed %2</source>
        <translation>
            <numerusform>%1
記事 %n 件、%2 に変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePdfPrinter</name>
    <message>
        <source>The bundle&apos;s page could not be loaded for printing.</source>
        <translation>印刷用にバンドルのページを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>ページをレイアウトできませんでした。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePreview</name>
    <message>
        <source>Choose a bundle to see it as it will be published.</source>
        <translation>バンドルを選択すると、公開時の表示を確認できます。</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>プレビューを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The full preview is not available, so the bundle is shown in a simpler view.</source>
        <translation>完全なプレビューは利用できないため、バンドルを簡易表示で表示しています。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleRepository</name>
    <message>
        <source>A bundle needs a name.</source>
        <translation>バンドルには名前が必要です。</translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation>セクションには見出しが必要です。</translation>
    </message>
    <message>
        <source>Article %1 is in the bundle twice.</source>
        <translation>記事 %1 がバンドルに 2 回含まれています。</translation>
    </message>
    <message>
        <source>There is no bundle %1.</source>
        <translation>バンドル %1 はありません。</translation>
    </message>
    <message>
        <source>There is no bundle named “%1”.</source>
        <translation>「%1」という名前のバンドルはありません。</translation>
    </message>
    <message>
        <source>There is already a bundle named “%1”.</source>
        <translation>「%1」という名前のバンドルは既にあります。</translation>
    </message>
    <message>
        <source>Article %1 cannot go into the bundle: %2</source>
        <translation>記事 %1 をバンドルに入れられません: %2</translation>
    </message>
    <message>
        <source>The bundles could not be listed.</source>
        <translation>バンドルを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>The bundle could not be read.</source>
        <translation>バンドルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The bundle could not be looked up.</source>
        <translation>バンドルを検索できませんでした。</translation>
    </message>
    <message>
        <source>The bundle could not be saved.</source>
        <translation>バンドルを保存できませんでした。</translation>
    </message>
    <message>
        <source>The bundle could not be created.</source>
        <translation>バンドルを作成できませんでした。</translation>
    </message>
    <message>
        <source>The bundle could not be deleted.</source>
        <translation>バンドルを削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesDock</name>
    <message>
        <source>Bundles</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <source>Drag articles onto a bundle to add them; double-click a bundle to open it.</source>
        <translation>記事をバンドルにドラッグすると追加されます。バンドルをダブルクリックすると開きます。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n 件の記事を「%1」に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>既に「%1」に含まれています。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesView</name>
    <message>
        <source>&amp;New Bundle</source>
        <translation>新規バンドル(&amp;N)</translation>
    </message>
    <message>
        <source>Make a new, empty bundle</source>
        <translation>新しい空のバンドルを作成します</translation>
    </message>
    <message>
        <source>&amp;Rename Bundle</source>
        <translation>バンドル名を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the bundle (F2)</source>
        <translation>バンドルの名前を変更します (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Bundle</source>
        <translation>バンドルを複製(&amp;U)</translation>
    </message>
    <message>
        <source>Make a copy of the bundle</source>
        <translation>バンドルのコピーを作成します</translation>
    </message>
    <message>
        <source>&amp;Delete Bundle</source>
        <translation>バンドルを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the bundle (Delete; Undo brings it back)</source>
        <translation>バンドルを削除します（Delete キー。「元に戻す」で復元できます）</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>バンドルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the bundle as HTML, JSON, a feed or PDF</source>
        <translation>バンドルを HTML、JSON、フィード、PDF としてエクスポートします</translation>
    </message>
    <message>
        <source>&amp;Remove from Bundle</source>
        <translation>バンドルから削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>選択した項目を削除します (Delete)</translation>
    </message>
    <message>
        <source>Add &amp;Section Above…</source>
        <translation>上にセクションを追加(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a heading that groups the articles below it</source>
        <translation>下の記事をまとめる見出しを追加します</translation>
    </message>
    <message>
        <source>Re&amp;name Section</source>
        <translation>セクション名を変更(&amp;N)</translation>
    </message>
    <message>
        <source>Change the section&apos;s heading (F2)</source>
        <translation>セクションの見出しを変更します (F2)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles&lt;/b&gt;</source>
        <translation>&lt;b&gt;バンドル&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The bundle&apos;s name</source>
        <translation>バンドルの名前</translation>
    </message>
    <message>
        <source>A few words introducing the selection; a blank line starts a paragraph</source>
        <translation>選んだ記事を紹介する短い文章。空行で段落を区切ります</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>トピック(&amp;T)</translation>
    </message>
    <message>
        <source>Approved &amp;comments</source>
        <translation>承認済みコメント(&amp;C)</translation>
    </message>
    <message>
        <source>Only approved comments are ever published; pending, spam and rejected ones never are</source>
        <translation>公開されるのは承認済みのコメントだけです。保留中・スパム・却下済みのコメントは公開されません</translation>
    </message>
    <message>
        <source>Source &amp;links</source>
        <translation>ソースへのリンク(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>例: topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>補充(&amp;F)</translation>
    </message>
    <message>
        <source>Add the articles the saved search finds that are not in the bundle yet</source>
        <translation>保存済み検索で見つかった記事のうち、まだバンドルにないものを追加します</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>タイトル(&amp;I):</translation>
    </message>
    <message>
        <source>Int&amp;ro:</source>
        <translation>導入文(&amp;R):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>含める項目:</translation>
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation>保存済み検索(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Blurb:</source>
        <translation>紹介文(&amp;B):</translation>
    </message>
    <message>
        <source>Your words on the selected article, shown with it</source>
        <translation>選択した記事に添えて表示される、あなたのコメント</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; (drag to reorder, or drag articles in)</source>
        <translation>&lt;b&gt;項目&lt;/b&gt;（ドラッグで並べ替え、または記事をドラッグして追加）</translation>
    </message>
    <message>
        <source>&amp;Blurb for “%1”:</source>
        <translation>「%1」の紹介文(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Blurb (select an article):</source>
        <translation>紹介文（記事を選択してください）(&amp;B):</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>新しいバンドル</translation>
    </message>
    <message>
        <source>New Bundle</source>
        <translation>新規バンドル</translation>
    </message>
    <message>
        <source>Add to Bundle</source>
        <translation>バンドルに追加</translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>既に「%1」に含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n 件の記事を「%1」に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>New Bundle…</source>
        <translation>新規バンドル…</translation>
    </message>
    <message>
        <source>Made a new bundle; rename it on the Bundles page (F2).</source>
        <translation>新しいバンドルを作成しました。バンドル ページで名前を変更できます (F2)。</translation>
    </message>
    <message>
        <source>Deleted the bundle “%1”. Undo brings it back.</source>
        <translation>バンドル「%1」を削除しました。「元に戻す」で復元できます。</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>セクションを追加</translation>
    </message>
    <message>
        <source>Section heading:</source>
        <translation>セクションの見出し:</translation>
    </message>
    <message>
        <source>Fill from Saved Search</source>
        <translation>保存済み検索から補充</translation>
    </message>
    <message>
        <source>Type a search first, as in the article list, e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>先に検索条件を入力してください（記事一覧と同じ書式。例: topic:&quot;trade disputes&quot; status:selected since:7d）</translation>
    </message>
    <message>
        <source>The saved search could not be run: %1</source>
        <translation>保存済み検索を実行できませんでした: %1</translation>
    </message>
    <message>
        <source>The saved search finds no articles.</source>
        <translation>保存済み検索に一致する記事はありません。</translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
        <translation>画像(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Cli</name>
    <message>
        <source>Show the library&apos;s path, schema version and counts.</source>
        <translation>ライブラリのパス、スキーマのバージョン、件数を表示します。</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info は引数を取りません。</translation>
    </message>
    <message>
        <source>Library: %1
Schema version: %2
Articles: %3
%4In the trash: %5
Comments: %6 (%7 pending)
</source>
        <translation>ライブラリ: %1
スキーマのバージョン: %2
記事: %3
%4ゴミ箱内: %5
コメント: %6（保留中 %7）
</translation>
    </message>
    <message>
        <source>Only articles with this status: new, reviewed, selected or rejected.</source>
        <translation>この状態の記事のみ: new、reviewed、selected、rejected。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; articles (default 100).</source>
        <translation>最大 &lt;n&gt; 件の記事を一覧表示します（既定値 100）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>List the trash instead.</source>
        <translation>代わりにゴミ箱の中身を一覧表示します。</translation>
    </message>
    <message>
        <source>List articles, newest first.</source>
        <translation>記事を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>list takes no arguments; use search to find articles.</source>
        <translation>list は引数を取りません。記事を探すには search を使ってください。</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>「%1」は状態ではありません。new、reviewed、selected、rejected のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit には正の数を指定してください。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show one article with all its fields.</source>
        <translation>1 件の記事をすべてのフィールドとともに表示します。</translation>
    </message>
    <message>
        <source>show takes one article id.</source>
        <translation>show には記事 ID を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Words: %1
</source>
        <translation>語数: %1
</translation>
    </message>
    <message>
        <source>In the trash since %1
</source>
        <translation>%1 からゴミ箱内
</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (default 20).</source>
        <translation>最大 &lt;n&gt; 件の結果を表示します（既定値 20）。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Full-text search over title, dek, byline and body, best match first. Words must all match; &quot;quoted phrases&quot;, OR and NOT work.</source>
        <translation>タイトル、リード文、署名、本文を全文検索し、一致度の高い順に表示します。すべての語が一致する必要があります。&quot;引用符で囲んだフレーズ&quot;、OR、NOT も使えます。</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search には検索語が必要です。</translation>
    </message>
    <message>
        <source>Article %1: changed %2.</source>
        <translation>記事 %1: %2 を変更しました。</translation>
    </message>
    <message>
        <source>ID STATUS</source>
        <translation>ID STATUS</translation>
    </message>
    <message>
        <source>Set an article&apos;s status: new, reviewed, selected or rejected.</source>
        <translation>記事の状態を設定します: new、reviewed、selected、rejected。</translation>
    </message>
    <message>
        <source>set-status takes an article id and a status.</source>
        <translation>set-status には記事 ID と状態を指定してください。</translation>
    </message>
    <message>
        <source>ID TEXT</source>
        <translation>ID TEXT</translation>
    </message>
    <message>
        <source>Set the curator note of an article (an empty TEXT clears it).</source>
        <translation>記事のキュレーターのメモを設定します（TEXT を空にすると消去します）。</translation>
    </message>
    <message>
        <source>note takes an article id and the note&apos;s text.</source>
        <translation>note には記事 ID とメモの本文を指定してください。</translation>
    </message>
    <message>
        <source>ID FIELD=VALUE...</source>
        <translation>ID FIELD=VALUE...</translation>
    </message>
    <message>
        <source>Change fields of an article in one step. Fields: %1. Dates are ISO 8601.</source>
        <translation>記事のフィールドをまとめて変更します。フィールド: %1。日付は ISO 8601 形式です。</translation>
    </message>
    <message>
        <source>edit takes an article id and at least one FIELD=VALUE.</source>
        <translation>edit には記事 ID と、1 つ以上の FIELD=VALUE を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE with a field among: %2.</source>
        <translation>「%1」は FIELD=VALUE の形式ではないか、フィールドが次のいずれでもありません: %2。</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <source>Bring articles back from the trash.</source>
        <translation>ゴミ箱から記事を元に戻します。</translation>
    </message>
    <message>
        <source>Move articles to the trash; restore brings them back.</source>
        <translation>記事をゴミ箱に移動します。restore で元に戻せます。</translation>
    </message>
    <message>
        <source>Article %1 is not in the trash.</source>
        <translation>記事 %1 はゴミ箱にありません。</translation>
    </message>
    <message>
        <source>Article %1 is already in the trash.</source>
        <translation>記事 %1 は既にゴミ箱にあります。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s).</source>
        <translation>
            <numerusform>%n 件の記事を元に戻しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>%n 件の記事をゴミ箱に移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the articles in the trash for good, with their comments and tags.</source>
        <translation>ゴミ箱内の記事を、そのコメントやタグとともに完全に削除します。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>%n 件の記事を完全に削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the fictional sample articles and comments to the library.</source>
        <translation>架空のサンプル記事とコメントをライブラリに追加します。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>%n 件のサンプル記事を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Library path, schema version and counts</source>
        <translation>ライブラリのパス、スキーマのバージョン、件数</translation>
    </message>
    <message>
        <source>List articles [--status S] [--limit N] [--trash]</source>
        <translation>記事を一覧表示 [--status S] [--limit N] [--trash]</translation>
    </message>
    <message>
        <source>Show one article</source>
        <translation>記事を 1 件表示</translation>
    </message>
    <message>
        <source>Full-text search, best match first</source>
        <translation>全文検索（一致度の高い順）</translation>
    </message>
    <message>
        <source>Set an article&apos;s status</source>
        <translation>記事の状態を設定</translation>
    </message>
    <message>
        <source>Set an article&apos;s curator note</source>
        <translation>記事のキュレーターのメモを設定</translation>
    </message>
    <message>
        <source>Change fields of an article</source>
        <translation>記事のフィールドを変更</translation>
    </message>
    <message>
        <source>Move articles to the trash</source>
        <translation>記事をゴミ箱に移動</translation>
    </message>
    <message>
        <source>Bring articles back from the trash</source>
        <translation>ゴミ箱から記事を元に戻す</translation>
    </message>
    <message>
        <source>Delete the trash for good</source>
        <translation>ゴミ箱を完全に空にする</translation>
    </message>
    <message>
        <source>Add the sample articles</source>
        <translation>サンプル記事を追加</translation>
    </message>
    <message>
        <source>Use the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>&lt;path&gt; のライブラリ ファイルを使用します（既定: $NEWSDESK_LIBRARY または %1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>結果をスクリプト向けに JSON で出力します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>newsdesk-cli: %1</source>
        <translation>newsdesk-cli: %1</translation>
    </message>
    <message>
        <source>Try “newsdesk-cli --help”.</source>
        <translation>「newsdesk-cli --help」を実行してください。</translation>
    </message>
    <message>
        <source>Give at least one article id.</source>
        <translation>記事 ID を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an article id.</source>
        <translation>「%1」は記事 ID ではありません。</translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli [--library PATH] COMMAND [options] [--json]

Curate a Newsdesk library from the command line.

Commands:
</source>
        <translation>使い方: newsdesk-cli [--library PATH] COMMAND [options] [--json]

Newsdesk ライブラリをコマンドラインからキュレーションします。

コマンド:
</translation>
    </message>
    <message>
        <source>
Run “newsdesk-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
コマンドのオプションは「newsdesk-cli COMMAND --help」で確認できます。
終了コード: 0 成功、1 失敗、2 使い方の誤り。
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>「%1」はコマンドではありません。</translation>
    </message>
    <message>
        <source>Import files, folders, feeds and URLs</source>
        <translation>ファイル、フォルダー、フィード、URL をインポート</translation>
    </message>
    <message>
        <source>Extract articles from files, without a library</source>
        <translation>ライブラリを使わずにファイルから記事を抽出</translation>
    </message>
    <message>
        <source>Read folders with their subfolders.</source>
        <translation>フォルダーをサブフォルダーも含めて読み込みます。</translation>
    </message>
    <message>
        <source>FILE|FOLDER...</source>
        <translation>FILE|FOLDER...</translation>
    </message>
    <message>
        <source>Extract articles from pages, text files and feeds without touching a library. With --json, prints one JSON object per article, one per line.</source>
        <translation>ライブラリに触れずに、ページ、テキスト ファイル、フィードから記事を抽出します。--json を指定すると、記事ごとに 1 行ずつ JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>extract needs at least one file or folder.</source>
        <translation>extract には 1 つ以上のファイルまたはフォルダーを指定してください。</translation>
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
  タイトル: %3
  署名: %4
  発信地: %5  通信社: %6  ソース: %7
  公開日時: %8  言語: %9
</translation>
    </message>
    <message>
        <source>  lists %1</source>
        <translation>  リスト内: %1</translation>
    </message>
    <message>
        <source>PATH|URL...</source>
        <translation>PATH|URL...</translation>
    </message>
    <message>
        <source>Import pages, text files, feeds, OPML lists, folders and URLs into the library. Duplicates are skipped; another site&apos;s copy of a story is linked to it. With --json, prints one JSON object per input, one per line.</source>
        <translation>ページ、テキスト ファイル、フィード、OPML リスト、フォルダー、URL をライブラリにインポートします。重複はスキップされ、他サイトに掲載された同じストーリーはそのストーリーにリンクされます。--json を指定すると、入力ごとに 1 行ずつ JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>import needs at least one file, folder or URL.</source>
        <translation>import には 1 つ以上のファイル、フォルダー、または URL を指定してください。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3/s, %4 s left)</source>
        <translation>%1 / %2（%3 件/秒、残り %4 秒）</translation>
    </message>
    <message>
        <source>Tag an article with topics</source>
        <translation>記事にトピックをタグ付け</translation>
    </message>
    <message>
        <source>Remove topics from an article</source>
        <translation>記事からトピックを外す</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules [--dry-run]</source>
        <translation>トピックのルールを適用 [--dry-run]</translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>ID %1 のトピックはありません。</translation>
    </message>
    <message>
        <source>There is no topic “%1”.</source>
        <translation>トピック「%1」はありません。</translation>
    </message>
    <message>
        <source>“%1” names %2 topics; give its path (Parent/Name) or its id.</source>
        <translation>「%1」に該当するトピックが %2 件あります。パス（親/名前）または ID で指定してください。</translation>
    </message>
    <message>
        <source>With add: the parent topic.</source>
        <translation>add の場合: 親トピック。</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>Added topic %1.</source>
        <translation>トピック %1 を追加しました。</translation>
    </message>
    <message>
        <source>Renamed topic %1.</source>
        <translation>トピック %1 の名前を変更しました。</translation>
    </message>
    <message>
        <source>Moved topic %1.</source>
        <translation>トピック %1 を移動しました。</translation>
    </message>
    <message>
        <source>Merged topic %1 into %2.</source>
        <translation>トピック %1 を %2 に統合しました。</translation>
    </message>
    <message>
        <source>ID TOPIC...</source>
        <translation>ID TOPIC...</translation>
    </message>
    <message>
        <source>Tag an article with topics (by id, name or path).</source>
        <translation>記事にトピックをタグ付けします（ID、名前、またはパスで指定）。</translation>
    </message>
    <message>
        <source>Remove topics from an article.</source>
        <translation>記事からトピックを外します。</translation>
    </message>
    <message>
        <source>%1 takes an article id and at least one topic.</source>
        <translation>%1 には記事 ID と 1 つ以上のトピックを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) added.</source>
        <translation>
            <numerusform>記事 %1: %n 件のトピックを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) removed.</source>
        <translation>
            <numerusform>記事 %1: %n 件のトピックを外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the rules would tag, change nothing.</source>
        <translation>ルールでタグ付けされる内容を表示するだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules to every article in the library.</source>
        <translation>ライブラリ内のすべての記事にトピックのルールを適用します。</translation>
    </message>
    <message>
        <source>rules takes one action: apply.</source>
        <translation>rules のアクションは apply の 1 つだけです。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be added.</source>
        <translation>
            <numerusform>%n 件のタグが追加されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>%n 件のタグを追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1
</source>
        <translation>トピック: %1
</translation>
    </message>
    <message>
        <source>Show, change, export or import the topic tree</source>
        <translation>トピック ツリーの表示・変更・エクスポート・インポート</translation>
    </message>
    <message>
        <source>Suggest topics learned from the library&apos;s tags</source>
        <translation>ライブラリのタグから学習したトピックを提案</translation>
    </message>
    <message>
        <source>List, triage or import reader comments</source>
        <translation>読者コメントの一覧表示・仕分け・インポート</translation>
    </message>
    <message>
        <source>Approve, reject or mark comments as spam</source>
        <translation>コメントを承認・却下、またはスパムに指定</translation>
    </message>
    <message>
        <source>Show or change moderation settings, print the log</source>
        <translation>モデレーション設定の表示・変更、ログの出力</translation>
    </message>
    <message>
        <source>%1: %2, %3 added, %4 already there, %5 skipped
</source>
        <translation>%1: %2、%3 件追加、%4 件は既存、%5 件スキップ
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  %1 件をスキップ: %2
</translation>
    </message>
    <message>
        <source>  issue: %1
</source>
        <translation>  問題: %1
</translation>
    </message>
    <message>
        <source>Attach comments whose file names no article (the YouTube Spam Collection, a CSV without article_url or article_id) to the article with this id.</source>
        <translation>どの記事のものかがファイルに記載されていないコメント（YouTube Spam Collection、article_url や article_id のない CSV）を、この ID の記事に添付します。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Read the files as %1 instead of recognising the format from their content.</source>
        <translation>内容から形式を判別せず、ファイルを %1 として読み込みます。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Take spam labels (the YouTube Spam Collection&apos;s CLASS) as moderation statuses: 1 spam, 0 approved. Without it they are ignored and the comments are pending.</source>
        <translation>スパムのラベル（YouTube Spam Collection の CLASS）をモデレーション状態として取り込みます: 1 はスパム、0 は承認済み。指定しない場合、ラベルは無視され、コメントは保留中になります。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Import reader comments from WordPress (WXR) or Disqus exports, CSV or JSON files. Each comment goes to its article in the library (by address or id); comments of articles the library does not have are skipped. Importing a file again adds nothing. Exits with 1 when a file could not be imported.</source>
        <translation>WordPress (WXR) や Disqus のエクスポート、CSV、JSON ファイルから読者コメントをインポートします。各コメントはライブラリ内の対応する記事（アドレスまたは ID で照合）に追加されます。ライブラリにない記事のコメントはスキップされます。同じファイルを再度インポートしても何も追加されません。インポートできなかったファイルがあると終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>comments import needs at least one file.</source>
        <translation>comments import には 1 つ以上のファイルを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use %2.</source>
        <translation>「%1」はコメントの形式ではありません。%2 を指定してください。</translation>
    </message>
    <message>
        <source>Only comments with this status: pending, approved, spam or rejected.</source>
        <translation>この状態のコメントのみ: pending、approved、spam、rejected。</translation>
    </message>
    <message>
        <source>Only the comments of this article.</source>
        <translation>この記事のコメントのみ。</translation>
    </message>
    <message>
        <source>Only comments whose author&apos;s name, email or IP address is this.</source>
        <translation>投稿者の名前、メール アドレス、または IP アドレスがこれに一致するコメントのみ。</translation>
    </message>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; comments (default 100).</source>
        <translation>最大 &lt;n&gt; 件のコメントを一覧表示します（既定値 100）。</translation>
    </message>
    <message>
        <source>List reader comments, newest first. `comments triage` proposes moderation decisions for the pending ones; `comments import` reads comment files.</source>
        <translation>読者コメントを新しい順に一覧表示します。`comments triage` は保留中のコメントに対するモデレーションの判定を提案し、`comments import` はコメント ファイルを読み込みます。</translation>
    </message>
    <message>
        <source>“%1” is not a comment status; use pending, approved, spam or rejected.</source>
        <translation>「%1」はコメントの状態ではありません。pending、approved、spam、rejected のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Make the proposed decisions (and store the scores), in one step.</source>
        <translation>提案された判定を（スコアの保存も含めて）一度に実行します。</translation>
    </message>
    <message>
        <source>[--apply]</source>
        <translation>[--apply]</translation>
    </message>
    <message>
        <source>Propose a status for every pending comment, with the spam filter&apos;s score and the reason: the moderation rules (see `moderation config`), and a spam filter trained on the library&apos;s approved and spam comments. A disallowed key makes spam; then a score at or above spam_threshold; then moderation keys, links, floods, shouting and duplicates keep a comment pending; a known author is approved. Nothing changes without --apply.</source>
        <translation>保留中のすべてのコメントについて、スパム フィルターのスコアと理由を添えて状態を提案します。根拠は、モデレーション ルール（`moderation config` を参照）と、ライブラリの承認済みコメントとスパム コメントで学習したスパム フィルターです。禁止キーを含むものはスパム、次にスコアが spam_threshold 以上のものもスパムになります。続いて、モデレーション キー、リンク、連続投稿、大文字の多用、重複に該当するコメントは保留中のままとなり、既知の投稿者のコメントは承認されます。--apply を指定しない限り何も変更されません。</translation>
    </message>
    <message>
        <source>comments triage takes no arguments besides --apply.</source>
        <translation>comments triage は --apply 以外の引数を取りません。</translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s); rules only: %1</source>
        <translation>
            <numerusform>保留中のコメント %n 件。ルールのみ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更するものはありません。</translation>
    </message>
    <message>
        <source>Nothing changed; run with --apply to make these decisions.</source>
        <translation>何も変更していません。これらの判定を実行するには --apply を付けて実行してください。</translation>
    </message>
    <message>
        <source>[KEY=VALUE...]</source>
        <translation>[KEY=VALUE...]</translation>
    </message>
    <message>
        <source>Show the library&apos;s moderation settings, or change them: all the given KEY=VALUE pairs or none. Keys: %1. moderation_keys and disallowed_keys take their keys one per line or separated by commas; on/off settings take on or off; shares take a number from 0 to 1.</source>
        <translation>ライブラリのモデレーション設定を表示または変更します。指定した KEY=VALUE の組をすべて適用するか、何も適用しないかのどちらかです。キー: %1。moderation_keys と disallowed_keys は、キーを 1 行に 1 つずつ、またはカンマ区切りで指定します。オン/オフの設定には on または off を、割合には 0 から 1 までの数値を指定します。</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE; the keys are: %2.</source>
        <translation>「%1」は KEY=VALUE の形式ではありません。キーは次のとおりです: %2。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>%n 件の設定を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the log as CSV (RFC 4180, UTF-8).</source>
        <translation>ログを CSV (RFC 4180、UTF-8) で出力します。</translation>
    </message>
    <message>
        <source>Only the decisions about this comment.</source>
        <translation>このコメントに関する判定のみ。</translation>
    </message>
    <message>
        <source>[--json | --csv] [--comment ID]</source>
        <translation>[--json | --csv] [--comment ID]</translation>
    </message>
    <message>
        <source>Print the moderation log, oldest first: when, which comment, who (curator, rules, filter), from which status to which, and why.</source>
        <translation>モデレーション ログを古い順に出力します: 日時、対象のコメント、判定者（キュレーター、ルール、フィルター）、変更前と変更後の状態、理由。</translation>
    </message>
    <message>
        <source>moderation log takes no arguments besides its options.</source>
        <translation>moderation log はオプション以外の引数を取りません。</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>--json と --csv はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a comment id.</source>
        <translation>「%1」はコメント ID ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 件の判定</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &lt;text&gt; as the decision&apos;s reason.</source>
        <translation>&lt;text&gt; を判定の理由として記録します。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>COMMENT_ID... approve|spam|reject|pending</source>
        <translation>COMMENT_ID... approve|spam|reject|pending</translation>
    </message>
    <message>
        <source>Decide about comments as the curator: approve them, mark them as spam, reject them or put them back to pending. The decision is logged.</source>
        <translation>キュレーターとしてコメントを判定します: 承認、スパムに指定、却下、または保留中に戻す。判定はログに記録されます。</translation>
    </message>
    <message>
        <source>moderate takes comment ids and then approve, spam, reject or pending.</source>
        <translation>moderate にはコメント ID と、続けて approve、spam、reject、pending のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a decision; use approve, spam, reject or pending.</source>
        <translation>「%1」は判定ではありません。approve、spam、reject、pending のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Comment %1: %2 → %3
</source>
        <translation>コメント %1: %2 → %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) already had that status.</source>
        <translation>
            <numerusform>%n 件のコメントは既にその状態でした。</numerusform>
        </translation>
    </message>
    <message>
        <source>config [KEY=VALUE...] | log</source>
        <translation>config [KEY=VALUE...] | log</translation>
    </message>
    <message>
        <source>Show or change the moderation settings (`moderation config`), or print the moderation log (`moderation log`).</source>
        <translation>モデレーション設定を表示・変更する（`moderation config`）か、モデレーション ログを出力します（`moderation log`）。</translation>
    </message>
    <message>
        <source>moderation needs an action: config or log.</source>
        <translation>moderation にはアクション（config または log）を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action; use config or log.</source>
        <translation>「%1」はモデレーションのアクションではありません。config または log を指定してください。</translation>
    </message>
    <message>
        <source>At most this many topics per article (default 5).</source>
        <translation>記事 1 件あたりのトピックの最大数（既定値 5）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Suggest for every article, tagged or not.</source>
        <translation>タグ付けの有無にかかわらず、すべての記事について提案します。</translation>
    </message>
    <message>
        <source>Also list topics under their decision threshold, for ranking.</source>
        <translation>判定のしきい値に満たないトピックも、順位付けのために一覧表示します。</translation>
    </message>
    <message>
        <source>[--all | ID...]</source>
        <translation>[--all | ID...]</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit には正の数を指定してください。</translation>
    </message>
    <message>
        <source>Give either --all or article ids, not both.</source>
        <translation>--all と記事 ID はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>記事 %1 はありません。</translation>
    </message>
    <message>
        <source>Write the taxonomy to &lt;file&gt; instead of printing it; the file is replaced only once the export is complete.</source>
        <translation>分類体系を出力せずに &lt;file&gt; に書き込みます。ファイルはエクスポートが完了した時点で初めて置き換えられます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>[--output FILE]</source>
        <translation>[--output FILE]</translation>
    </message>
    <message>
        <source>Print the library&apos;s topic taxonomy as JSON (the newsdesk-taxonomy format): every topic with its description, colour, codes and rules, in tree order. `topics import` reads it back into another library.</source>
        <translation>ライブラリのトピック分類体系を JSON（newsdesk-taxonomy 形式）で出力します: すべてのトピックを、説明、色、コード、ルールとともにツリー順に出力します。`topics import` で別のライブラリに読み込めます。</translation>
    </message>
    <message>
        <source>topics export takes no arguments; use --output FILE to write a file.</source>
        <translation>topics export は引数を取りません。ファイルに書き込むには --output FILE を使ってください。</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output にはファイル名を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n topic(s) to %1.</source>
        <translation>
            <numerusform>%n 件のトピックを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the topics below &lt;topic&gt; (id, name or path) instead of at the top level.</source>
        <translation>トピックを最上位ではなく &lt;topic&gt;（ID、名前、またはパス）の下に追加します。</translation>
    </message>
    <message>
        <source>Import the full IPTC Media Topics tree that comes with Newsdesk instead of a file.</source>
        <translation>ファイルの代わりに、Newsdesk に付属する IPTC Media Topics の完全なツリーをインポートします。</translation>
    </message>
    <message>
        <source>FILE | --iptc</source>
        <translation>FILE | --iptc</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file written by `topics export`, or with --iptc the full IPTC Media Topics tree. A topic whose name is already there (under the same parent) is kept and only its new subtopics are added, so importing the same file twice adds nothing. The import is one step: if the file is malformed, the library is left unchanged.</source>
        <translation>`topics export` で書き出した分類体系ファイルのトピックを追加します。--iptc を指定すると IPTC Media Topics の完全なツリーを追加します。（同じ親の下に）同名のトピックが既にある場合はそのトピックを残し、新しいサブトピックだけを追加するため、同じファイルを 2 回インポートしても何も追加されません。インポートは一括で行われ、ファイルの形式が正しくない場合、ライブラリは変更されません。</translation>
    </message>
    <message>
        <source>topics import --iptc takes no file.</source>
        <translation>topics import --iptc にはファイルを指定できません。</translation>
    </message>
    <message>
        <source>topics import takes one taxonomy file, or --iptc.</source>
        <translation>topics import には分類体系ファイルを 1 つ、または --iptc を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n topic(s); %1 already in the library.</source>
        <translation>
            <numerusform>%n 件のトピックを追加しました。%1 件は既にライブラリにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC | export | import FILE]</source>
        <translation>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC | export | import FILE]</translation>
    </message>
    <message>
        <source>Show the topic tree with article counts, or change it. A topic is given by id, name or path (Parent/Name); &quot;-&quot; as PARENT is the top level. Run &quot;topics export --help&quot; and &quot;topics import --help&quot; for exchanging taxonomies as JSON.</source>
        <translation>トピック ツリーを記事数とともに表示、または変更します。トピックは ID、名前、またはパス（親/名前）で指定します。PARENT に &quot;-&quot; を指定すると最上位になります。分類体系を JSON でやり取りする方法は &quot;topics export --help&quot; と &quot;topics import --help&quot; を参照してください。</translation>
    </message>
    <message>
        <source>topics takes no arguments, or one of: add NAME, rename TOPIC NAME, move TOPIC PARENT, merge FROM INTO, delete TOPIC, export, import FILE.</source>
        <translation>topics は引数なし、または次のいずれかを取ります: add NAME、rename TOPIC NAME、move TOPIC PARENT、merge FROM INTO、delete TOPIC、export、import FILE。</translation>
    </message>
    <message>
        <source>[triage | import FILE... | add ARTICLE_ID TEXT]</source>
        <translation>[triage | import FILE... | add ARTICLE_ID TEXT]</translation>
    </message>
    <message>
        <source>“%1” is not a comments action; use triage, import or add.</source>
        <translation>「%1」は comments のアクションではありません。triage、import、add のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The comment&apos;s author (required).</source>
        <translation>コメントの投稿者（必須）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The author&apos;s email address.</source>
        <translation>投稿者のメール アドレス。</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Answer this comment, which must be on the same article.</source>
        <translation>このコメントに返信します（同じ記事のコメントである必要があります）。</translation>
    </message>
    <message>
        <source>pending, approved (the default: the curator wrote it), spam or rejected.</source>
        <translation>pending、approved（既定値: キュレーターが書いたもの）、spam、rejected。</translation>
    </message>
    <message>
        <source>ARTICLE_ID --author NAME TEXT</source>
        <translation>ARTICLE_ID --author NAME TEXT</translation>
    </message>
    <message>
        <source>Add a comment written by the curator to an article, or as a reply to one of its comments. Words after the article id are the text.</source>
        <translation>キュレーターが書いたコメントを記事に追加するか、その記事のコメントへの返信として追加します。記事 ID の後の語が本文になります。</translation>
    </message>
    <message>
        <source>comments add takes an article id and the comment&apos;s text.</source>
        <translation>comments add には記事 ID とコメントの本文を指定してください。</translation>
    </message>
    <message>
        <source>comments add needs --author.</source>
        <translation>comments add には --author が必要です。</translation>
    </message>
    <message>
        <source>The comment has no text.</source>
        <translation>コメントに本文がありません。</translation>
    </message>
    <message>
        <source>Comment %1 is on article %2, not on article %3.</source>
        <translation>コメント %1 は記事 %3 ではなく記事 %2 に付いています。</translation>
    </message>
    <message>
        <source>Added comment %1 (%2).
</source>
        <translation>コメント %1 (%2) を追加しました。
</translation>
    </message>
    <message>
        <source>Suggest topics for articles (by default the ones no curator has tagged; rule tags do not count) from a classifier trained on the library&apos;s confirmed tags and rejections. A topic is suggested when its confidence (0–1) reaches its threshold, tuned on held-back articles of the library.</source>
        <translation>ライブラリで確定済みのタグと却下された候補で学習した分類器を使って、記事にトピックを提案します（既定では、キュレーターがまだタグ付けしていない記事が対象。ルールによるタグは数えません）。トピックは、その確信度 (0–1) がしきい値に達したときに提案されます。しきい値はライブラリ内の検証用に取り分けた記事で調整されます。</translation>
    </message>
    <message>
        <source>The title readers see (the name when not given).</source>
        <translation>読者に表示されるタイトル（省略時は名前）。</translation>
    </message>
    <message>
        <source>The curator&apos;s introduction, plain text.</source>
        <translation>キュレーターによる導入文（プレーンテキスト）。</translation>
    </message>
    <message>
        <source>The saved search that fills the bundle, as typed in the window, e.g. &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</source>
        <translation>バンドルに記事を補充する保存済み検索。ウィンドウで入力するのと同じ書式です（例: &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;）。</translation>
    </message>
    <message>
        <source>What exports carry besides the articles: a comma-separated list of topics, comments (approved ones only), images, source-links, or none.</source>
        <translation>エクスポートに記事以外に含めるもの: topics、comments（承認済みのもののみ）、images、source-links をカンマで区切って指定するか、none を指定します。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>--include takes topics, comments, images, source-links or none, separated by commas.</source>
        <translation>--include には topics、comments、images、source-links、none をカンマ区切りで指定してください。</translation>
    </message>
    <message>
        <source>NAME [--title T] [--intro TEXT] [--search S]</source>
        <translation>NAME [--title T] [--intro TEXT] [--search S]</translation>
    </message>
    <message>
        <source>Create an empty bundle. Its name is how commands find it.</source>
        <translation>空のバンドルを作成します。コマンドではその名前でバンドルを指定します。</translation>
    </message>
    <message>
        <source>bundle create takes one name (quote it if it has spaces).</source>
        <translation>bundle create には名前を 1 つ指定してください（空白を含む場合は引用符で囲んでください）。</translation>
    </message>
    <message>
        <source>Created bundle “%1”.</source>
        <translation>バンドル「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Give the bundle a new name.</source>
        <translation>バンドルの名前を変更します。</translation>
    </message>
    <message>
        <source>NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]</source>
        <translation>NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]</translation>
    </message>
    <message>
        <source>Change a bundle&apos;s name, title, introduction, saved search or what its exports include.</source>
        <translation>バンドルの名前、タイトル、導入文、保存済み検索、またはエクスポートに含める項目を変更します。</translation>
    </message>
    <message>
        <source>bundle set takes the bundle&apos;s name and options.</source>
        <translation>bundle set にはバンドルの名前とオプションを指定してください。</translation>
    </message>
    <message>
        <source>Saved bundle “%1”.</source>
        <translation>バンドル「%1」を保存しました。</translation>
    </message>
    <message>
        <source>NAME ID...</source>
        <translation>NAME ID...</translation>
    </message>
    <message>
        <source>Add articles to the end of a bundle; articles already in it stay where they are.</source>
        <translation>バンドルの末尾に記事を追加します。既にバンドルにある記事の位置は変わりません。</translation>
    </message>
    <message>
        <source>bundle add takes the bundle&apos;s name and article ids.</source>
        <translation>bundle add にはバンドルの名前と記事 ID を指定してください。</translation>
    </message>
    <message>
        <source>Article %1 is in the trash; restore it first.</source>
        <translation>記事 %1 はゴミ箱にあります。先に元に戻してください。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n 件の記事を「%1」に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill from this search and save it with the bundle.</source>
        <translation>この検索で補充し、検索をバンドルに保存します。</translation>
    </message>
    <message>
        <source>At most this many articles (default 1000).</source>
        <translation>記事の最大数（既定値 1000）。</translation>
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
        <translation>バンドルの保存済み検索で見つかった記事を、新しい順に既存の記事の後ろに追加します。</translation>
    </message>
    <message>
        <source>bundle fill takes the bundle&apos;s name.</source>
        <translation>bundle fill にはバンドルの名前を指定してください。</translation>
    </message>
    <message>
        <source>Take articles out of a bundle (they stay in the library).</source>
        <translation>バンドルから記事を取り除きます（記事はライブラリに残ります）。</translation>
    </message>
    <message>
        <source>bundle remove takes the bundle&apos;s name and article ids.</source>
        <translation>bundle remove にはバンドルの名前と記事 ID を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from “%1”.</source>
        <translation>
            <numerusform>%n 件の記事を「%1」から取り除きました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the section before this article.</source>
        <translation>セクションをこの記事の前に置きます。</translation>
    </message>
    <message>
        <source>NAME HEADING [--before ID]</source>
        <translation>NAME HEADING [--before ID]</translation>
    </message>
    <message>
        <source>Add a section heading that groups the articles after it; at the end unless --before names an article.</source>
        <translation>後続の記事をまとめるセクション見出しを追加します。--before で記事を指定しない場合は末尾に追加します。</translation>
    </message>
    <message>
        <source>bundle section takes the bundle&apos;s name and the heading.</source>
        <translation>bundle section にはバンドルの名前と見出しを指定してください。</translation>
    </message>
    <message>
        <source>Article %1 is not in “%2”.</source>
        <translation>記事 %1 は「%2」に含まれていません。</translation>
    </message>
    <message>
        <source>Added the section.</source>
        <translation>セクションを追加しました。</translation>
    </message>
    <message>
        <source>NAME ID TEXT</source>
        <translation>NAME ID TEXT</translation>
    </message>
    <message>
        <source>Set the curator&apos;s words on an article of the bundle (empty text removes them).</source>
        <translation>バンドル内の記事に添えるキュレーターの紹介文を設定します（空の本文を指定すると削除します）。</translation>
    </message>
    <message>
        <source>bundle blurb takes the bundle&apos;s name, an article id and the text.</source>
        <translation>bundle blurb にはバンドルの名前、記事 ID、本文を指定してください。</translation>
    </message>
    <message>
        <source>Saved the blurb.</source>
        <translation>紹介文を保存しました。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Delete a bundle; its articles stay in the library.</source>
        <translation>バンドルを削除します。バンドル内の記事はライブラリに残ります。</translation>
    </message>
    <message>
        <source>bundle delete takes the bundle&apos;s name.</source>
        <translation>bundle delete にはバンドルの名前を指定してください。</translation>
    </message>
    <message>
        <source>Deleted bundle “%1”.</source>
        <translation>バンドル「%1」を削除しました。</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>List the library&apos;s bundles by name.</source>
        <translation>ライブラリのバンドルを名前順に一覧表示します。</translation>
    </message>
    <message>
        <source>bundle list takes no arguments.</source>
        <translation>bundle list は引数を取りません。</translation>
    </message>
    <message numerus="yes">
        <source>%1  %n article(s)  %2</source>
        <translation>
            <numerusform>%1  記事 %n 件  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles yet; `bundle create NAME` makes one.</source>
        <translation>バンドルはまだありません。`bundle create NAME` で作成できます。</translation>
    </message>
    <message>
        <source>NAME [--json]</source>
        <translation>NAME [--json]</translation>
    </message>
    <message>
        <source>Show a bundle: its title, introduction, options and entries in order.</source>
        <translation>バンドルのタイトル、導入文、オプション、項目を順に表示します。</translation>
    </message>
    <message>
        <source>bundle show takes the bundle&apos;s name.</source>
        <translation>bundle show にはバンドルの名前を指定してください。</translation>
    </message>
    <message>
        <source> (in the trash: left out of exports)</source>
        <translation>（ゴミ箱内: エクスポートには含まれません）</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>保存済み検索: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>含める項目: %1</translation>
    </message>
    <message>
        <source>PDF export needs the newsdesk program (it prints with Qt WebEngine), and it was not found next to newsdesk-cli or on PATH.</source>
        <translation>PDF のエクスポートには newsdesk プログラムが必要です（Qt WebEngine で印刷するため）が、newsdesk-cli と同じ場所にも PATH 上にも見つかりませんでした。</translation>
    </message>
    <message>
        <source>Printing the PDF failed: %1</source>
        <translation>PDF を印刷できませんでした: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>「%1」を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Make and change bundles: named, ordered selections of articles with the curator&apos;s words, which `export --bundle NAME` publishes. `bundle ACTION --help` tells more.</source>
        <translation>バンドルを作成・変更します。バンドルは、キュレーターの紹介文を添えた、名前付きで順序のある記事の選集で、`export --bundle NAME` で公開します。詳しくは `bundle ACTION --help` を参照してください。</translation>
    </message>
    <message>
        <source>bundle needs an action: create, set, add, fill, remove, section, blurb, delete, list or show.</source>
        <translation>bundle にはアクションを指定してください: create、set、add、fill、remove、section、blurb、delete、list、show。</translation>
    </message>
    <message>
        <source>“%1” is not a bundle action.</source>
        <translation>「%1」は bundle のアクションではありません。</translation>
    </message>
    <message>
        <source>The bundle to export.</source>
        <translation>エクスポートするバンドル。</translation>
    </message>
    <message>
        <source>html (a folder site), html-single, json, atom, rss or pdf.</source>
        <translation>html（フォルダー形式のサイト）、html-single、json、atom、rss、pdf のいずれか。</translation>
    </message>
    <message>
        <source>The file, or for html the folder, to write.</source>
        <translation>書き込み先のファイル（html の場合はフォルダー）。</translation>
    </message>
    <message>
        <source>Replace output that is already there.</source>
        <translation>既存の出力を置き換えます。</translation>
    </message>
    <message>
        <source>Leave the articles&apos; kept images out of HTML exports.</source>
        <translation>HTML のエクスポートに、記事に保存されている画像を含めません。</translation>
    </message>
    <message>
        <source>A template folder for the HTML (the built-in one otherwise).</source>
        <translation>HTML 用のテンプレート フォルダー（指定しない場合は組み込みのもの）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>A4 or Letter, for pdf.</source>
        <translation>pdf の用紙サイズ: A4 または Letter。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>--bundle NAME --format html|html-single|json|atom|rss|pdf --out PATH [--force]</source>
        <translation>--bundle NAME --format html|html-single|json|atom|rss|pdf --out PATH [--force]</translation>
    </message>
    <message>
        <source>Publish a bundle. Files are replaced only once complete; output that is already there is kept unless --force is given.</source>
        <translation>バンドルを公開します。ファイルは完成した時点で初めて置き換えられます。既存の出力は --force を指定しない限り残されます。</translation>
    </message>
    <message>
        <source>export takes only options.</source>
        <translation>export はオプションのみを取ります。</translation>
    </message>
    <message>
        <source>export needs --bundle NAME and --out PATH.</source>
        <translation>export には --bundle NAME と --out PATH が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not an export format; use html, html-single, json, atom, rss or pdf.</source>
        <translation>「%1」はエクスポート形式ではありません。html、html-single、json、atom、rss、pdf のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size には A4 または Letter を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported “%1” (%n article(s)) to %2.</source>
        <translation>
            <numerusform>「%1」（記事 %n 件）を %2 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make and change curated bundles</source>
        <translation>キュレーションしたバンドルを作成・変更</translation>
    </message>
    <message>
        <source>Export a bundle as HTML, JSON, Atom, RSS or PDF</source>
        <translation>バンドルを HTML、JSON、Atom、RSS、PDF としてエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) approved.</source>
        <translation>
            <numerusform>%n 件のコメントを承認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) marked as spam.</source>
        <translation>
            <numerusform>%n 件のコメントをスパムに指定しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) rejected.</source>
        <translation>
            <numerusform>%n 件のコメントを却下しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) returned to pending.</source>
        <translation>
            <numerusform>%n 件のコメントを保留中に戻しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n comment(s) added.</source>
        <translation>
            <numerusform>合計 %n 件のコメントを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n 件は既にありました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n 件のファイルが失敗しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>コメント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in all.</source>
        <translation>
            <numerusform>コメントは合計 %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <extracomment>Follows &quot;%n comment(s) in all.&quot;; %n counts the comments listed.</extracomment>
        <translation>
            <numerusform>うち %n 件を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s).</source>
        <translation>
            <numerusform>保留中のコメントは %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>スパム フィルターは承認済みコメント %n 件から学習しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>スパム コメント %n 件からも学習しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam from a score of %1.</source>
        <extracomment>The spam threshold: comments that score %1 or more count as spam.</extracomment>
        <translation>スコア %1 以上でスパムとします。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>記事は %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The classifier knows %n topic(s).</source>
        <translation>
            <numerusform>分類器は %n 件のトピックを認識しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learned them from %n article(s).</source>
        <extracomment>Follows &quot;The classifier knows %n topic(s).&quot;; %n counts the articles it learned from.</extracomment>
        <translation>
            <numerusform>これらは %n 件の記事から学習したものです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation>
            <numerusform>%n 件のトピックを削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) went with them.</source>
        <extracomment>Follows &quot;Deleted %n topic(s).&quot;; &quot;them&quot; are the deleted topics, %n counts their tags.</extracomment>
        <translation>
            <numerusform>それに伴い、タグ %n 件も削除されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImport</name>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports comment files of up to %3 MB.</source>
        <translation>「%1」は %2 MB あります。Newsdesk がインポートできるコメント ファイルは %3 MB までです。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」は空です。</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use one of: %2.</source>
        <translation>「%1」はコメントの形式ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>“%1” is not a comment file Newsdesk knows: a WordPress export (WXR), a Disqus export, JSON, or CSV with a header row that has a “text” column.</source>
        <translation>「%1」は Newsdesk が認識できるコメント ファイルではありません。対応しているのは、WordPress のエクスポート (WXR)、Disqus のエクスポート、JSON、または “text” 列を含むヘッダー行のある CSV です。</translation>
    </message>
    <message>
        <source>Could not read “%1” as %2: %3</source>
        <translation>「%1」を %2 として読み込めませんでした: %3</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>「%1」はフォルダーです。</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>There is no article %1 in the library; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>ライブラリに記事 %1 がないため、そのコメント %n 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article in the library has the address “%1”; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>アドレスが「%1」の記事がライブラリにないため、そのコメント %n 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>their article is not in the library</source>
        <translation>対象の記事がライブラリにない</translation>
    </message>
    <message>
        <source>the same comment appears twice in the file</source>
        <translation>同じコメントがファイル内に 2 回ある</translation>
    </message>
    <message>
        <source>%1 answers itself; it was imported as a top-level comment.</source>
        <translation>%1 は自分自身への返信になっているため、トップレベルのコメントとしてインポートしました。</translation>
    </message>
    <message>
        <source>%1 answers “%2”, which is neither in the file nor in the library; it was imported as a top-level comment.</source>
        <translation>%1 は「%2」への返信ですが、そのコメントはファイルにもライブラリにもないため、トップレベルのコメントとしてインポートしました。</translation>
    </message>
    <message>
        <source>%1 is part of a circle of replies; it was imported as a top-level comment.</source>
        <translation>%1 は返信が循環しているため、トップレベルのコメントとしてインポートしました。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImportController</name>
    <message>
        <source>Stop after the file being imported; the files done so far stay</source>
        <translation>インポート中のファイルが終わったら中止します。それまでに完了したファイルはそのまま残ります</translation>
    </message>
    <message>
        <source>Import Comments</source>
        <translation>コメントをインポート</translation>
    </message>
    <message>
        <source>Comment files (*.xml *.wxr *.json *.csv);;All files (*)</source>
        <translation>コメント ファイル (*.xml *.wxr *.json *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing comments…</source>
        <translation>コメントをインポート中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Importing comments: file %1 of %2</source>
        <translation>コメントをインポート中: ファイル %1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 added, %L4 already there, %L5 skipped</source>
        <translation>%1 (%2): %L3 件追加、%L4 件は既存、%L5 件スキップ</translation>
    </message>
    <message>
        <source>    skipped %L1: %2</source>
        <translation>    %L1 件をスキップ: %2</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added, %L1 already there, %L2 skipped.</source>
        <translation>
            <numerusform>%n 件のコメントを追加、%L1 件は既存、%L2 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 件のファイルをインポートできませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not reached were left alone.</source>
        <translation>キャンセルしました: 未処理のファイルには手を付けていません。</translation>
    </message>
    <message>
        <source>Comments Imported</source>
        <translation>コメントのインポート完了</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReader</name>
    <message>
        <source>article %1</source>
        <translation>記事 %1</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>コメント「%1」</translation>
    </message>
    <message>
        <source>The comment at %1</source>
        <translation>%1 のコメント</translation>
    </message>
    <message>
        <source>The file declares XML entities, which comment exports never do; it is refused because entities can expand a small file into gigabytes.</source>
        <translation>ファイルで XML エンティティが宣言されていますが、コメントのエクスポートでは使われないものです。エンティティは小さなファイルを数ギガバイトに膨張させる可能性があるため、このファイルは拒否されました。</translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation>ファイルに XML 要素がありません。</translation>
    </message>
    <message>
        <source>The XML ends too early (line %1): the file is incomplete.</source>
        <translation>XML が途中で終わっています（%1 行目）。ファイルが不完全です。</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>XML の形式が正しくありません（%1 行目、%2 列目）: %3</translation>
    </message>
    <message>
        <source>%1 is %2 KiB long; its text was cut to the first 64 KiB.</source>
        <translation>%1 は %2 KiB あります。本文は先頭の 64 KiB で切り詰めました。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a moderation status (pending, approved, spam or rejected); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>「%1」はモデレーションの状態（pending、approved、spam、rejected）ではありません。この状態のコメント %n 件は保留中として扱います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more issue(s).</source>
        <translation>
            <numerusform>…ほか %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>the file names no article for them</source>
        <translation>ファイルに対象の記事が記載されていない</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>本文なし</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReadingPane</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Select a comment to read it and its conversation.</source>
        <translation>コメントを選択すると、そのコメントと会話の流れを表示します。</translation>
    </message>
    <message>
        <source>Conversation (%L1)</source>
        <translation>会話 (%L1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web サイト</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>投稿日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>スパム スコア</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier comment(s) not shown</source>
        <translation>
            <numerusform>表示されていない以前のコメント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later comment(s) not shown</source>
        <translation>
            <numerusform>表示されていない以降のコメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定者</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>判定日時</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentRepository</name>
    <message>
        <source>A reply comes before the comment it answers.</source>
        <translation>返信が、返信先のコメントより前にあります。</translation>
    </message>
    <message>
        <source>No comment of article %1 has the id “%2”.</source>
        <translation>記事 %1 に ID が「%2」のコメントはありません。</translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation>コメント %1 はありません。</translation>
    </message>
    <message>
        <source>undone</source>
        <extracomment>The reason the moderation log gives for a decision that was undone.</extracomment>
        <translation>元に戻す操作</translation>
    </message>
    <message>
        <source>The comment could not be added.</source>
        <translation>コメントを追加できませんでした。</translation>
    </message>
    <message>
        <source>The comment could not be looked up.</source>
        <translation>コメントを検索できませんでした。</translation>
    </message>
    <message>
        <source>The comments could not be looked up.</source>
        <translation>コメントを検索できませんでした。</translation>
    </message>
    <message>
        <source>The comments could not be counted.</source>
        <translation>コメント数を集計できませんでした。</translation>
    </message>
    <message>
        <source>The comment could not be read.</source>
        <translation>コメントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>コメントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>会話を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The article&apos;s comments could not be read.</source>
        <translation>記事のコメントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>判定を記録できませんでした。</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be changed.</source>
        <translation>コメントの状態を変更できませんでした。</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be restored.</source>
        <translation>コメントの状態を復元できませんでした。</translation>
    </message>
    <message>
        <source>The spam scores could not be stored.</source>
        <translation>スパム スコアを保存できませんでした。</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>モデレーション ログを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation>コメントを削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentText</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>スパム</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下済み</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateArticle</name>
    <message>
        <source>New article “%1”</source>
        <translation>新しい記事「%1」</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateBundle</name>
    <message>
        <source>New Bundle “%1”</source>
        <translation>新規バンドル「%1」</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>Duplicate Bundle “%1”</source>
        <translation>バンドル「%1」を複製</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateTopic</name>
    <message>
        <source>New topic “%1”</source>
        <translation>新しいトピック「%1」</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CsvCommentReader</name>
    <message>
        <source>the quoted field opened on line %1 is never closed.</source>
        <translation>%1 行目で始まる引用符付きフィールドが閉じられていません。</translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a field.</source>
        <translation>%1 行目: フィールドの閉じ引用符の後にテキストがあります。</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The first row of the file is not a header Newsdesk knows: it needs a “text” column (or “CONTENT”, as in the YouTube Spam Collection).</source>
        <translation>ファイルの 1 行目が Newsdesk の認識できるヘッダーではありません。“text” 列（YouTube Spam Collection の場合は “CONTENT” 列）が必要です。</translation>
    </message>
    <message>
        <source>CSV (YouTube Spam Collection)</source>
        <translation>CSV (YouTube Spam Collection)</translation>
    </message>
    <message>
        <source>A YouTube Spam Collection file names no article: give the article its comments belong to (--article ID).</source>
        <translation>YouTube Spam Collection のファイルには記事が記載されていません。コメントの属する記事を指定してください (--article ID)。</translation>
    </message>
    <message>
        <source>The file names no article for its comments (no article_url or article_id column): give the article they belong to (--article ID).</source>
        <translation>ファイルにコメントの属する記事が記載されていません（article_url 列も article_id 列もありません）。コメントの属する記事を指定してください (--article ID)。</translation>
    </message>
    <message numerus="yes">
        <source>Ignored the column(s) %1, which Newsdesk does not import.</source>
        <translation>
            <numerusform>Newsdesk がインポートしない列 %1 を無視しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CLASS column is a spam label from a data set, not a moderation decision: the comments are left pending (take it as their status with --labels-as-status).</source>
        <translation>CLASS 列はデータセットのスパム ラベルであり、モデレーションの判定ではありません。コメントは保留中のままにしました（--labels-as-status を指定すると状態として取り込みます）。</translation>
    </message>
    <message>
        <source>the row does not have as many fields as the header</source>
        <translation>行のフィールド数がヘッダーと一致しません</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id が数値ではありません</translation>
    </message>
    <message>
        <source>The CSV file is malformed: %1</source>
        <translation>CSV ファイルの形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>%1 行目:「%2」は記事 ID ではありません。このコメントはスキップしました。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a CLASS label (1 or 0); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>「%1」は CLASS ラベル（1 または 0）ではありません。このラベルのコメント %n 件は保留中として扱います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no article and were skipped.</source>
        <translation>
            <numerusform>記事が記載されていない %n 行をスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had a posted_at that is not an ISO 8601 date (the first on line %1); they were imported without a date.</source>
        <translation>
            <numerusform>%n 行の posted_at が ISO 8601 形式の日付ではありませんでした（最初は %1 行目）。これらは日付なしでインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>http(s) のリンクではない投稿者のアドレス %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the header has %2; it was skipped.</source>
        <translation>
            <numerusform>%1 行目のフィールド数は %n ですが、ヘッダーは %2 です。この行はスキップしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteBundle</name>
    <message>
        <source>Delete Bundle “%1”</source>
        <translation>バンドル「%1」を削除</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteTopic</name>
    <message>
        <source>Delete topic “%1”</source>
        <translation>トピック「%1」を削除</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DisqusCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Disqus export</source>
        <translation>Disqus のエクスポート</translation>
    </message>
    <message>
        <source>This is not a Disqus export: its root element is &lt;%1&gt;, not &lt;disqus&gt;.</source>
        <translation>これは Disqus のエクスポートではありません。ルート要素が &lt;disqus&gt; ではなく &lt;%1&gt; です。</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) belong to the thread “%1”, which is not in the file (or has no &lt;link&gt;).</source>
        <translation>
            <numerusform>%n 件の投稿がスレッド「%1」に属していますが、そのスレッドはファイルにありません（または &lt;link&gt; がありません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n 件の投稿の日付が正しい日付ではなかったため、日付なしでインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>http(s) のリンクではない投稿者のアドレス %n 件を除外しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DroppedInputs</name>
    <message>
        <source>dropped HTML</source>
        <translation>ドロップされた HTML</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>ドロップされたテキスト</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleBlurb</name>
    <message>
        <source>Edit Blurb</source>
        <translation>紹介文を編集</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleDetails</name>
    <message>
        <source>Edit Bundle “%1”</source>
        <translation>バンドル「%1」を編集</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditTopic</name>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>トピック「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>Change topic “%1”</source>
        <translation>トピック「%1」を変更</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EmptyLibraryBanner</name>
    <message>
        <source>This library is empty. Import articles, write one (Ctrl+N), or start with a dozen fictional sample articles to try Newsdesk out.</source>
        <translation>このライブラリは空です。記事をインポートするか、新しく書く (Ctrl+N) か、架空のサンプル記事 12 件で Newsdesk を試してみてください。</translation>
    </message>
    <message>
        <source>Load &amp;Sample Articles</source>
        <translation>サンプル記事を読み込む(&amp;S)</translation>
    </message>
    <message>
        <source>No, Thanks</source>
        <translation>今はしない</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportOutput</name>
    <message>
        <source>No output path was given.</source>
        <translation>出力先のパスが指定されていません。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>「%1」に書き込めません: フォルダー「%2」が存在しません。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or confirm replacing it (--force on the command line).</source>
        <translation>「%1」は既に存在します。別の名前を選ぶか、置き換えることを確認してください（コマンドラインでは --force）。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>「%1」に書き込めません: フォルダーです。</translation>
    </message>
    <message>
        <source>Cannot create a working folder beside “%1”: %2</source>
        <translation>「%1」の隣に作業用フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>「%1」のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation>エクスポートはキャンセルされました。「%1」は元のままです。</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside: %2</source>
        <translation>「%1」を退避できません: %2</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside.</source>
        <translation>「%1」を退避できません。</translation>
    </message>
    <message>
        <source>Cannot move the new export into “%1”.</source>
        <translation>新しいエクスポートを「%1」に移動できません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedImporter</name>
    <message>
        <source>The link “%1” was ignored: it is not an absolute web address.</source>
        <translation>リンク「%1」は絶対 Web アドレスではないため無視しました。</translation>
    </message>
    <message>
        <source>The date “%1” could not be read; the article has no date.</source>
        <translation>日付「%1」を読み取れませんでした。この記事には日付がありません。</translation>
    </message>
    <message>
        <source>Item %1 has neither a title nor any content; it was skipped.</source>
        <translation>項目 %1 にはタイトルも内容もないため、スキップしました。</translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation>フィードに項目がありません。</translation>
    </message>
    <message>
        <source>This is not an RSS feed: its root element is &lt;%1&gt;.</source>
        <translation>これは RSS フィードではありません。ルート要素が &lt;%1&gt; です。</translation>
    </message>
    <message>
        <source>The RSS feed has no &lt;channel&gt;.</source>
        <translation>RSS フィードに &lt;channel&gt; がありません。</translation>
    </message>
    <message>
        <source>This is not an RSS 1.0 feed: its root element is &lt;%1&gt;.</source>
        <translation>これは RSS 1.0 フィードではありません。ルート要素が &lt;%1&gt; です。</translation>
    </message>
    <message>
        <source>The RSS 1.0 feed has no &lt;channel&gt;.</source>
        <translation>RSS 1.0 フィードに &lt;channel&gt; がありません。</translation>
    </message>
    <message>
        <source>This is not an Atom feed: its root element is &lt;%1&gt;.</source>
        <translation>これは Atom フィードではありません。ルート要素が &lt;%1&gt; です。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: the document is not a JSON object.</source>
        <translation>これは JSON Feed ではありません。ドキュメントが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The JSON Feed is not valid JSON (at byte %1): %2</source>
        <translation>JSON Feed が有効な JSON ではありません（%1 バイト目）: %2</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: it has no jsonfeed.org “version”.</source>
        <translation>これは JSON Feed ではありません。jsonfeed.org の “version” がありません。</translation>
    </message>
    <message>
        <source>The JSON Feed has no “items” list.</source>
        <translation>JSON Feed に “items” リストがありません。</translation>
    </message>
    <message>
        <source>JSON Feed version “%1” is unknown; the feed was read as version 1.1.</source>
        <translation>JSON Feed のバージョン「%1」は不明です。バージョン 1.1 として読み込みました。</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object; it was skipped.</source>
        <translation>項目 %1 は JSON オブジェクトではないため、スキップしました。</translation>
    </message>
    <message numerus="yes">
        <source>The feed has %n item(s); Newsdesk reads the first %1 of a feed.</source>
        <translation>
            <numerusform>このフィードには %n 件の項目があります。Newsdesk が読み込むのはフィードごとに最初の %1 件です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedXml</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The declared charset “%1” is unknown; it was ignored.</source>
        <translation>宣言された文字セット「%1」は不明なため、無視しました。</translation>
    </message>
    <message>
        <source>The document is not valid UTF-8 and names no other charset; it was read as Windows-1252.</source>
        <translation>ドキュメントが有効な UTF-8 ではなく、他の文字セットも指定されていないため、Windows-1252 として読み込みました。</translation>
    </message>
    <message>
        <source>The document declares entities that would expand to more than %L1 characters (an “entity bomb”); it was not read.</source>
        <translation>ドキュメントで宣言されたエンティティが %L1 文字を超えて展開されるため（「エンティティ爆弾」）、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep (line %2); it was not read.</source>
        <translation>ドキュメントの要素の入れ子が %1 段を超えているため（%2 行目）、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation>ドキュメントが整形式の XML ではありません（%1 行目、%2 列目）: %3</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>ドキュメントにルート要素がありません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlDocument</name>
    <message>
        <source>The page is too large to read.</source>
        <translation>ページが大きすぎて読み込めません。</translation>
    </message>
    <message>
        <source>The page holds no HTML that can be read.</source>
        <translation>ページに読み込める HTML がありません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlImporter</name>
    <message>
        <source>web page</source>
        <translation>Web ページ</translation>
    </message>
    <message>
        <source>“%1” holds no article that could be read.</source>
        <translation>「%1」に読み込める記事がありません。</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>ページに記事の本文が見つかりませんでした。</translation>
    </message>
    <message>
        <source>web page (MHTML)</source>
        <translation>Web ページ (MHTML)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportController</name>
    <message>
        <source>Stop the import; what was imported so far stays</source>
        <translation>インポートを中止します。それまでにインポートしたものは残ります</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Importing %1 of %2 · %3/s · %4 left</source>
        <translation>%1 / %2 をインポート中 · %3 件/秒 · 残り %4</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportFormats</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>「%1」はフォルダーです。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports files of up to %3 MB.</source>
        <translation>「%1」は %2 MB あります。Newsdesk がインポートできるファイルは %3 MB までです。</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」は空です。</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB Newsdesk imports.</source>
        <translation>「%1」は Newsdesk がインポートできる上限 %2 MB を超えています。</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not a page, feed or text.</source>
        <translation>「%1」はページ、フィード、テキストではなく、バイナリ ファイルのようです。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>インポート レポート</translation>
    </message>
    <message>
        <source>Show inputs that were imported without problems</source>
        <translation>問題なくインポートされた入力も表示する</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>another site&apos;s copy of article %1</source>
        <translation>記事 %1 の他サイト版</translation>
    </message>
    <message>
        <source>already in the library as article %1</source>
        <translation>記事 %1 としてライブラリに登録済み</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportText</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The folder holds no pages, text files or feeds.</source>
        <translation>フォルダーにページ、テキスト ファイル、フィードがありません。</translation>
    </message>
    <message>
        <source>No articles were found in it.</source>
        <translation>記事が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Topic rules were not applied: %1</source>
        <translation>トピックのルールは適用されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n 件の記事をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) linked to a story already here from another site.</source>
        <translation>
            <numerusform>%n 件の記事を、既存ストーリーの他サイト版としてリンクしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>重複 %n 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) failed.</source>
        <translation>
            <numerusform>%n 件の入力が失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>インポートはキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already in the library.</source>
        <translation>
            <numerusform>%n 件の記事は既にライブラリにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was added as “%1” because its name was taken.</source>
        <translation>元の名前が使用済みのため、バンドルを「%1」として追加しました。</translation>
    </message>
    <message>
        <source>The bundle “%1” was added.</source>
        <translation>バンドル「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Already in the library as article %1.</source>
        <translation>記事 %1 として既にライブラリにあります。</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>既にライブラリにあります。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>An input of an import failed; %1 is the reason, a whole sentence.</extracomment>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportTopics</name>
    <message>
        <source>Import topics from “%1”</source>
        <translation>「%1」からトピックをインポート</translation>
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
        <translation>JSON の形式が正しくありません（%1 行目、%2 文字目）: %3</translation>
    </message>
    <message>
        <source>The JSON is not a list of comments: Newsdesk reads an array of comment objects, or an object whose “comments” is one.</source>
        <translation>JSON がコメントのリストではありません。Newsdesk が読み込めるのは、コメント オブジェクトの配列、または “comments” がその配列であるオブジェクトです。</translation>
    </message>
    <message>
        <source>not a comment object</source>
        <translation>コメント オブジェクトではない</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id が数値ではありません</translation>
    </message>
    <message>
        <source>comment %1 of the list</source>
        <translation>リストの %1 番目のコメント</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object; it was skipped.</source>
        <translation>リストの %1 番目の項目がオブジェクトではないため、スキップしました。</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>項目 %1:「%2」は記事 ID ではないため、このコメントはスキップしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) name no article (article_id or article_url) and were skipped.</source>
        <translation>
            <numerusform>記事（article_id または article_url）が記載されていないコメント %n 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a posted_at that is not an ISO 8601 date; they were imported without a date.</source>
        <translation>
            <numerusform>%n 件のコメントの posted_at が ISO 8601 形式の日付ではなかったため、日付なしでインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>http(s) のリンクではない投稿者のアドレス %n 件を除外しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::KeepStoryCopyApart</name>
    <message>
        <source>Keep stories apart</source>
        <translation>ストーリーを別扱いにする</translation>
    </message>
    <message>
        <source>Link stories again</source>
        <translation>ストーリーを再びリンク</translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryText</name>
    <message>
        <source>“%1” was saved by a newer version of Newsdesk (library version %2); this version reads library versions up to %3. The file was left unchanged; open it with a newer Newsdesk.</source>
        <translation>「%1」は新しいバージョンの Newsdesk で保存されています（ライブラリ バージョン %2）。このバージョンで読めるのはライブラリ バージョン %3 までです。ファイルは変更していません。新しい Newsdesk で開いてください。</translation>
    </message>
    <message>
        <source>“%1” is locked by another program.</source>
        <translation>「%1」は別のプログラムによってロックされています。</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Newsdesk library (%2). The file was left unchanged.</source>
        <translation>「%1」は破損しているか、Newsdesk のライブラリではありません (%2)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a library file.</source>
        <translation>「%1」はフォルダーであり、ライブラリ ファイルではありません。</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Newsdesk library. The file was left unchanged.</source>
        <translation>「%1」は Newsdesk のライブラリではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>フォルダー「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt の SQLite ドライバー (QSQLITE) がインストールされていません。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>「%1」を開けませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Newsdesk library. The file was left unchanged.</source>
        <translation>「%1」は別のプログラムの SQLite データベースであり、Newsdesk のライブラリではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). The file was left unchanged.</source>
        <translation>「%1」は破損しています (%2)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that did not let go within %2 seconds. Close it and try again.</source>
        <translation>「%1」は別のプログラムが使用中で、%2 秒以内に解放されませんでした。そのプログラムを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not back up the library to “%1” before upgrading it.</source>
        <translation>アップグレードの前に、ライブラリを「%1」にバックアップできませんでした。</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>SQLite ドライバーが接続を公開していません。</translation>
    </message>
    <message>
        <source>Could not upgrade the library: %1</source>
        <translation>ライブラリをアップグレードできませんでした: %1</translation>
    </message>
    <message>
        <source>Schema step %1 is missing; the library was not changed.</source>
        <translation>スキーマの手順 %1 がありません。ライブラリは変更していません。</translation>
    </message>
    <message>
        <source>Upgrading the library to version %1 failed, so it was left at version %2: %3</source>
        <translation>ライブラリをバージョン %1 にアップグレードできなかったため、バージョン %2 のままにしました: %3</translation>
    </message>
    <message>
        <source>This build knows library version %1 but its schema steps stop at %2.</source>
        <translation>このビルドはライブラリ バージョン %1 を認識していますが、スキーマの手順は %2 までしかありません。</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The bundle could not be saved.&quot;); %2 is SQLite&apos;s own error message, which stays in English.</extracomment>
        <translation>%1（SQLite: %2）</translation>
    </message>
    <message>
        <source>The library could not be prepared.</source>
        <translation>ライブラリを準備できませんでした。</translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation>トランザクションを開始できませんでした。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>変更を保存できませんでした。</translation>
    </message>
    <message>
        <source>A savepoint could not be started.</source>
        <translation>セーブポイントを作成できませんでした。</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be read.</source>
        <translation>ライブラリの設定を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be saved.</source>
        <translation>ライブラリの設定を保存できませんでした。</translation>
    </message>
    <message>
        <source>The action could not be recorded.</source>
        <translation>操作を記録できませんでした。</translation>
    </message>
    <message>
        <source>%1 Another program (newsdesk-cli, for example) was writing to the library and did not finish in time. Try again when it has finished.</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The change could not be saved.&quot;).</extracomment>
        <translation>%1 別のプログラム（newsdesk-cli など）がライブラリに書き込んでいて、時間内に終わりませんでした。終わってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MainWindow</name>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Newsdesk ライブラリ (*.sqlite *.newsdesk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Search titles, deks, bylines and text</source>
        <translation>タイトル、リード文、署名、本文を検索</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>すべての記事</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>新規ライブラリ(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>ライブラリを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新規記事(&amp;N)</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>新しい記事を書きます</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>新規記事として貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>ゴミ箱に移動(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation>ゴミ箱から元に戻す(&amp;E)</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>ゴミ箱を空にする…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>Newsdesk について(&amp;A)</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>Newsdesk について</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったライブラリ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メイン ツールバー</translation>
    </message>
    <message>
        <source>%1 — Newsdesk</source>
        <translation>%1 — Newsdesk</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>新規ライブラリ</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File › Open Library.</source>
        <translation>「%1」は既に存在します。新しい名前を選ぶか、ファイル › ライブラリを開く で開いてください。</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): %1</source>
        <extracomment>The status bar&apos;s count of articles; %1 is the list of counts per status, e.g. &quot;3 new, 2 reviewed&quot;.</extracomment>
        <translation>
            <numerusform>記事 %n 件: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ゴミ箱は空です。</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ゴミ箱を空にする</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the trash for good, with their comments and tags? This cannot be undone.</source>
        <translation>
            <numerusform>ゴミ箱内の %n 件の記事を、そのコメントやタグとともに完全に削除しますか？この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>%n 件の記事を完全に削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>無題の記事</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>クリップボードが空です。</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>クリップボードに記事にできるテキストがありません。</translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>%n 件のサンプル記事を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import saved pages, text files, feeds and OPML lists</source>
        <translation>保存したページ、テキスト ファイル、フィード、OPML リストをインポートします</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>フォルダーをインポート(&amp;F)…</translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation>Web アドレスからインポート(&amp;W)…</translation>
    </message>
    <message>
        <source>Import from Clip&amp;board</source>
        <translation>クリップボードからインポート(&amp;B)</translation>
    </message>
    <message>
        <source>Import the files, web addresses, HTML or text on the clipboard</source>
        <translation>クリップボード上のファイル、Web アドレス、HTML、テキストをインポートします</translation>
    </message>
    <message>
        <source>Show Import &amp;Report</source>
        <translation>インポート レポートを表示(&amp;R)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>ファイルをインポート</translation>
    </message>
    <message>
        <source>Pages, text and feeds (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;All files (*)</source>
        <translation>ページ、テキスト、フィード (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>フォルダーをインポート</translation>
    </message>
    <message>
        <source>Import from Web Address</source>
        <translation>Web アドレスからインポート</translation>
    </message>
    <message>
        <source>Address of a page, a feed or an OPML list:</source>
        <translation>ページ、フィード、または OPML リストのアドレス:</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>「%1」は Web アドレスではありません。</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>クリップボードにインポートできるものがありません。</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>すべてのトピックの記事を表示します</translation>
    </message>
    <message>
        <source>&amp;Quick Tag…</source>
        <translation>クイック タグ(&amp;Q)…</translation>
    </message>
    <message>
        <source>Tag the selected articles by typing a topic&apos;s name (T)</source>
        <translation>トピック名を入力して、選択した記事にタグ付けします (T)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Import, tag, moderate and export news articles.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;ニュース記事のインポート、タグ付け、モデレーション、エクスポートを行います。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Topic</source>
        <translation>候補のトピックを採用(&amp;A)</translation>
    </message>
    <message>
        <source>Tag the article with the first suggested topic (Y)</source>
        <translation>先頭の候補トピックで記事にタグ付けします (Y)</translation>
    </message>
    <message>
        <source>&amp;Reject Suggested Topic</source>
        <translation>候補のトピックを却下(&amp;R)</translation>
    </message>
    <message>
        <source>Turn down the first suggested topic; it is not suggested again (N)</source>
        <translation>先頭の候補トピックを却下します。このトピックは再び提案されません (N)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <source>Show the articles (%1)</source>
        <translation>記事を表示します (%1)</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>モデレーション(&amp;M)</translation>
    </message>
    <message>
        <source>Show the comments waiting for moderation (%1)</source>
        <translation>モデレーション待ちのコメントを表示します (%1)</translation>
    </message>
    <message>
        <source>&amp;Moderate This Article&apos;s Comments</source>
        <translation>この記事のコメントをモデレーション(&amp;M)</translation>
    </message>
    <message>
        <source>Show every comment on this article in the moderation queue</source>
        <translation>この記事のすべてのコメントをモデレーション キューに表示します</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Topic &amp;Taxonomy</source>
        <translation>トピック分類体系(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>記事を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>記事を PDF として保存(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>コメント(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>リーダー(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter marked %n comment(s) as spam.</source>
        <translation>
            <numerusform>スパム フィルターが %n 件のコメントをスパムに指定しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic is suggested for this article.</source>
        <translation>この記事に提案できるトピックはありません。</translation>
    </message>
    <message>
        <source>&amp;Moderation (%L1)</source>
        <translation>モデレーション (%L1)(&amp;M)</translation>
    </message>
    <message>
        <source>New &amp;Comment…</source>
        <translation>新規コメント(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a comment of your own on this article</source>
        <translation>この記事に自分のコメントを書きます</translation>
    </message>
    <message>
        <source>&amp;Import Comments…</source>
        <translation>コメントをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import comments from WordPress (WXR), Disqus, CSV or JSON files onto the library&apos;s articles</source>
        <translation>WordPress (WXR)、Disqus、CSV、JSON のファイルから、ライブラリの記事にコメントをインポートします</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>バンドル(&amp;B)</translation>
    </message>
    <message>
        <source>Show the bundles, their editor and preview (%1)</source>
        <translation>バンドルとそのエディター、プレビューを表示します (%1)</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation>バンドル(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add Selected Articles to Bundle</source>
        <translation>選択した記事をバンドルに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add to &amp;Bundle</source>
        <translation>バンドルに追加(&amp;B)</translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>新規にする</translation>
    </message>
    <message>
        <source>Mark the selected articles as new (%1)</source>
        <translation>選択した記事を新規にする (%1)</translation>
    </message>
    <message>
        <source>Mark as Reviewed</source>
        <translation>レビュー済みにする</translation>
    </message>
    <message>
        <source>Mark the selected articles as reviewed (%1)</source>
        <translation>選択した記事をレビュー済みにする (%1)</translation>
    </message>
    <message>
        <source>Mark as Selected</source>
        <translation>選択済みにする</translation>
    </message>
    <message>
        <source>Mark the selected articles as selected (%1)</source>
        <translation>選択した記事を選択済みにする (%1)</translation>
    </message>
    <message>
        <source>Mark as Rejected</source>
        <translation>却下済みにする</translation>
    </message>
    <message>
        <source>Mark the selected articles as rejected (%1)</source>
        <translation>選択した記事を却下済みにする (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新規 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>レビュー済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>選択済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>却下済み %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the status counts</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>ゴミ箱 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>一致 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeStoryCopy</name>
    <message>
        <source>Merge another site&apos;s copy</source>
        <translation>他サイト版を統合</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeTopics</name>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>トピック「%1」を「%2」に統合</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MhtmlReader</name>
    <message>
        <source>The file is not an MHTML file: it has no MIME headers.</source>
        <translation>このファイルは MHTML ファイルではありません。MIME ヘッダーがありません。</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its headers.</source>
        <translation>MHTML ファイルがヘッダーの途中で切れています。</translation>
    </message>
    <message>
        <source>The page in the MHTML file is larger than %1, so it was not read.</source>
        <translation>MHTML ファイル内のページが %1 より大きいため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The page in the MHTML file is damaged: its base64 encoding is not valid.</source>
        <translation>MHTML ファイル内のページが破損しています。base64 エンコードが正しくありません。</translation>
    </message>
    <message>
        <source>The part %1 is larger than %2 and was left out.</source>
        <translation>パート %1 は %2 より大きいため、除外しました。</translation>
    </message>
    <message>
        <source>The part %1 is damaged (its base64 encoding is not valid) and was left out.</source>
        <translation>パート %1 は破損している（base64 エンコードが正しくない）ため、除外しました。</translation>
    </message>
    <message>
        <source>The part %1 has the unknown transfer encoding “%2”; its bytes were taken as they are.</source>
        <translation>パート %1 の転送エンコード「%2」は不明なため、バイト列をそのまま使用しました。</translation>
    </message>
    <message>
        <source>The file is not an MHTML page: it holds %1, not multipart/related.</source>
        <translation>このファイルは MHTML ページではありません。multipart/related ではなく %1 を含んでいます。</translation>
    </message>
    <message>
        <source>The MHTML file names no boundary between its parts, so they cannot be told apart.</source>
        <translation>MHTML ファイルにパート間の境界が指定されていないため、パートを区別できません。</translation>
    </message>
    <message>
        <source>The MHTML file holds no parts: their boundary never occurs (it may be cut off).</source>
        <translation>MHTML ファイルにパートがありません。境界が一度も現れません（ファイルが途中で切れている可能性があります）。</translation>
    </message>
    <message>
        <source>The MHTML file is cut off before its page is complete; nothing was imported.</source>
        <translation>MHTML ファイルがページの完了前に切れています。何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>The MHTML file names &lt;%1&gt; as its page, but holds no such part; the first HTML part was used.</source>
        <translation>MHTML ファイルはページとして &lt;%1&gt; を指定していますが、そのパートがありません。最初の HTML パートを使用しました。</translation>
    </message>
    <message>
        <source>The MHTML file holds no HTML page.</source>
        <translation>MHTML ファイルに HTML ページがありません。</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its page; nothing was imported.</source>
        <translation>MHTML ファイルがページの途中で切れています。何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>The MHTML file is cut off: its last part (%1) is incomplete and was left out.</source>
        <translation>MHTML ファイルが途中で切れています。最後のパート (%1) が不完全なため、除外しました。</translation>
    </message>
    <message>
        <source>The nested multipart part %1 was skipped.</source>
        <translation>入れ子になったマルチパートのパート %1 をスキップしました。</translation>
    </message>
    <message>
        <source>The MHTML file ends without its closing boundary; it may be cut off after its last part.</source>
        <translation>MHTML ファイルが終了境界なしで終わっています。最後のパートの後で切れている可能性があります。</translation>
    </message>
    <message>
        <source>The part holding the page has the unknown transfer encoding “%1”; its bytes were taken as they are.</source>
        <translation>ページ本体のパートの転送エンコード「%1」は不明なため、バイト列をそのまま使用しました。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The authors&apos; comments could not be read.</source>
        <translation>投稿者のコメントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The comments from the same addresses could not be read.</source>
        <translation>同じアドレスからのコメントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>コメントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>モデレーション ログを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogDialog</name>
    <message>
        <source>Moderation Log</source>
        <translation>モデレーション ログ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Decisions: %L1, newest first.</source>
        <translation>判定: %L1 件（新しい順）。</translation>
    </message>
    <message>
        <source>Export Moderation Log</source>
        <translation>モデレーション ログをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogModel</name>
    <message>
        <source>Curator</source>
        <translation>キュレーター</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>スパム フィルター</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Who made a moderation decision: the import of a file that gave the comment&apos;s status.</extracomment>
        <translation>インポート</translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation>#%1（削除済み）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>コメント %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>判定者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationQueueModel</name>
    <message>
        <source>Spam score %1 (0 = surely not spam, 1 = surely spam)</source>
        <translation>スパム スコア %1（0 = 確実にスパムではない、1 = 確実にスパム）</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <extracomment>%1 is the stored key of an unknown decider, shown as it is.</extracomment>
        <translation>%1による判定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>投稿者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>投稿日時</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>A curator</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>キュレーター</translation>
    </message>
    <message>
        <source>The moderation rules</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>モデレーション ルール</translation>
    </message>
    <message>
        <source>The spam filter</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>スパム フィルター</translation>
    </message>
    <message>
        <source>The imported file</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>インポートしたファイル</translation>
    </message>
    <message>
        <source>Decided by a curator</source>
        <translation>キュレーターによる判定</translation>
    </message>
    <message>
        <source>Decided by the moderation rules</source>
        <translation>モデレーション ルールによる判定</translation>
    </message>
    <message>
        <source>Decided by the spam filter</source>
        <translation>スパム フィルターによる判定</translation>
    </message>
    <message>
        <source>Decided by the imported file</source>
        <translation>インポートしたファイルによる判定</translation>
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
        <translation>禁止キー</translation>
    </message>
    <message>
        <source>Copy of spam</source>
        <translation>スパムのコピー</translation>
    </message>
    <message>
        <source>Hold all</source>
        <translation>すべて保留</translation>
    </message>
    <message>
        <source>Moderation key</source>
        <translation>モデレーション キー</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>連続投稿</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>大文字の多用</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Known author</source>
        <translation>既知の投稿者</translation>
    </message>
    <message>
        <source>Same author and text as comment %1, which is spam</source>
        <translation>スパムであるコメント %1 と投稿者・本文が同じ</translation>
    </message>
    <message>
        <source>Every comment is held (hold_all is on)</source>
        <translation>すべてのコメントを保留 (hold_all がオン)</translation>
    </message>
    <message>
        <source>Links: %1, and comments with %2 or more are held</source>
        <translation>リンク: %1 個（%2 個以上のリンクを含むコメントは保留）</translation>
    </message>
    <message>
        <source>Shouting: %1% of %2 letters are capitals</source>
        <translation>大文字の多用: %2 文字中 %1% が大文字</translation>
    </message>
    <message>
        <source>Duplicate of comment %1 by the same author</source>
        <translation>同じ投稿者によるコメント %1 の重複</translation>
    </message>
    <message>
        <source>Known author: %1 has an approved comment</source>
        <translation>既知の投稿者: %1 には承認済みのコメントがあります</translation>
    </message>
    <message>
        <source>No rule matched; imported comments wait for a curator</source>
        <translation>該当するルールなし。インポートしたコメントはキュレーターの判定待ちです</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s name</source>
        <translation>投稿者の名前に禁止キー「%1」</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s email</source>
        <translation>投稿者のメール アドレスに禁止キー「%1」</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s URL</source>
        <translation>投稿者の URL に禁止キー「%1」</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the text</source>
        <translation>本文に禁止キー「%1」</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s IP address</source>
        <translation>投稿者の IP アドレスに禁止キー「%1」</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s name</source>
        <translation>投稿者の名前にモデレーション キー「%1」</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s email</source>
        <translation>投稿者のメール アドレスにモデレーション キー「%1」</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s URL</source>
        <translation>投稿者の URL にモデレーション キー「%1」</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the text</source>
        <translation>本文にモデレーション キー「%1」</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s IP address</source>
        <translation>投稿者の IP アドレスにモデレーション キー「%1」</translation>
    </message>
    <message>
        <source>Flood: %1 comments from IP address %2 within %3 s</source>
        <translation>連続投稿: IP アドレス %2 から %3 秒以内に %1 件のコメント</translation>
    </message>
    <message>
        <source>Flood: %1 comments from “%2” within %3 s</source>
        <translation>連続投稿: 「%2」から %3 秒以内に %1 件のコメント</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationSettings</name>
    <message>
        <source>%1 takes on or off, not “%2”.</source>
        <translation>%1 には on または off を指定します（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>%1 には %2 から %3 までの数値を指定します（「%4」は指定できません）。</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 には整数を指定します（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>There is no moderation setting “%1”; the settings are: %2.</source>
        <translation>モデレーション設定「%1」はありません。設定は次のとおりです: %2。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationView</name>
    <message>
        <source>All comments</source>
        <translation>すべてのコメント</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation>一覧に表示するコメント</translation>
    </message>
    <message>
        <source>Author, email or IP</source>
        <translation>投稿者、メール、IP</translation>
    </message>
    <message>
        <source>Show the comments whose author&apos;s name, email or IP address is exactly this</source>
        <translation>投稿者の名前、メール アドレス、または IP アドレスがこれと完全に一致するコメントを表示します</translation>
    </message>
    <message>
        <source>Rule or reason</source>
        <translation>ルールまたは理由</translation>
    </message>
    <message>
        <source>Show the comments whose decision&apos;s reason mentions this, e.g. a rule&apos;s name</source>
        <translation>判定の理由にこれ（ルール名など）が含まれるコメントを表示します</translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation>スコア ≥ </translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>すべてのスコア</translation>
    </message>
    <message>
        <source>Show only comments the spam filter scored at least this high (1 = surely spam)</source>
        <translation>スパム フィルターのスコアがこの値以上のコメントのみを表示します（1 = 確実にスパム）</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>一覧の並び順</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Most likely spam first</source>
        <translation>スパムの可能性が高い順</translation>
    </message>
    <message>
        <source>A approve · S spam · R reject · U pending · J/K next/previous · Z undo</source>
        <translation>A 承認 · S スパム · R 却下 · U 保留中 · J/K 次/前 · Z 元に戻す</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Show every comment by this author, or on this article</source>
        <translation>この投稿者、またはこの記事のすべてのコメントを表示します</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approve the selected comments</source>
        <translation>選択したコメントを承認します</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>スパムに指定(&amp;S)</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Button: marks the selected comments as spam (an action, not a status).</extracomment>
        <translation>スパム</translation>
    </message>
    <message>
        <source>Mark the selected comments as spam</source>
        <translation>選択したコメントをスパムに指定します</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Reject the selected comments</source>
        <translation>選択したコメントを却下します</translation>
    </message>
    <message>
        <source>Back to &amp;Pending</source>
        <translation>保留中に戻す(&amp;P)</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Button: returns the selected comments to pending (an action, not a status).</extracomment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Return the selected comments to pending</source>
        <translation>選択したコメントを保留中に戻します</translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation>次のコメント(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next comment</source>
        <translation>次のコメントに移動します</translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation>前のコメント(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous comment</source>
        <translation>前のコメントに移動します</translation>
    </message>
    <message>
        <source>&amp;Undo Last Step</source>
        <translation>直前の操作を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last step, such as a decision</source>
        <translation>判定など、直前の操作を元に戻します</translation>
    </message>
    <message>
        <source>By This Name</source>
        <translation>この名前で</translation>
    </message>
    <message>
        <source>By This Email</source>
        <translation>このメール アドレスで</translation>
    </message>
    <message>
        <source>By This IP Address</source>
        <translation>この IP アドレスで</translation>
    </message>
    <message>
        <source>Show All by This &amp;Author</source>
        <translation>この投稿者のコメントをすべて表示(&amp;A)</translation>
    </message>
    <message>
        <source>Show All on This Ar&amp;ticle</source>
        <translation>この記事のコメントをすべて表示(&amp;T)</translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>すべて承認</translation>
    </message>
    <message>
        <source>Approve every comment in this list, loaded or not, as one step</source>
        <translation>この一覧のすべてのコメントを、読み込み済みかどうかにかかわらず、一括で承認します</translation>
    </message>
    <message>
        <source>Spam All</source>
        <translation>すべてスパムに指定</translation>
    </message>
    <message>
        <source>Mark every comment in this list as spam, loaded or not, as one step</source>
        <translation>この一覧のすべてのコメントを、読み込み済みかどうかにかかわらず、一括でスパムに指定します</translation>
    </message>
    <message>
        <source>Show Whole Queue</source>
        <translation>キュー全体を表示</translation>
    </message>
    <message>
        <source>Leave this author or article and show the queue again</source>
        <translation>この投稿者または記事の絞り込みを解除し、キューを再び表示します</translation>
    </message>
    <message>
        <source>Moderation &amp;Log…</source>
        <translation>モデレーション ログ(&amp;L)…</translation>
    </message>
    <message>
        <source>Every moderation decision: who, when, from, to and why</source>
        <translation>すべてのモデレーションの判定: 判定者、日時、変更前と変更後の状態、理由</translation>
    </message>
    <message>
        <source>R&amp;un Rules on Pending…</source>
        <translation>保留中のコメントにルールを実行(&amp;U)…</translation>
    </message>
    <message>
        <source>See what the moderation rules and the spam filter would do with every pending comment, then apply it as one step</source>
        <translation>モデレーション ルールとスパム フィルターが保留中の各コメントをどう扱うかを確認し、一括で適用します</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>記事 %1</translation>
    </message>
    <message>
        <source>Comments by “%1” on “%2”</source>
        <translation>「%2」への「%1」のコメント</translation>
    </message>
    <message>
        <source>Comments by “%1”</source>
        <translation>「%1」のコメント</translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation>「%1」へのコメント</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <source>The rules changed nothing.</source>
        <translation>ルールによる変更はありませんでした。</translation>
    </message>
    <message>
        <source>&amp;New Comment…</source>
        <translation>新規コメント(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a comment of your own on this comment&apos;s article</source>
        <translation>このコメントの記事に自分のコメントを書きます</translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation>返信(&amp;L)…</translation>
    </message>
    <message>
        <source>Answer the current comment with a comment of your own</source>
        <translation>現在のコメントに自分のコメントで返信します</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are pending already.</source>
        <translation>変更なし: コメントは既に保留中です。</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are approved already.</source>
        <translation>変更なし: コメントは既に承認済みです。</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are marked as spam already.</source>
        <translation>変更なし: コメントは既にスパムに指定されています。</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are rejected already.</source>
        <translation>変更なし: コメントは既に却下済みです。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveBundleEntries</name>
    <message numerus="yes">
        <source>Move %n Entry(s) in “%1”</source>
        <translation>
            <numerusform>「%1」内の %n 件の項目を移動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveTopic</name>
    <message>
        <source>Move topic “%1”</source>
        <translation>トピック「%1」を移動</translation>
    </message>
</context>
<context>
    <name>Newsdesk::NewCommentDialog</name>
    <message>
        <source>Reply to %1</source>
        <extracomment>%1 is the name of the author of the comment being replied to.</extracomment>
        <translation>%1 への返信</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>新規コメント</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>記事 %1</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>キュレーター</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Blank lines separate paragraphs</source>
        <translation>空行で段落を区切ります</translation>
    </message>
    <message>
        <source>Add Reply</source>
        <translation>返信を追加</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>コメントを追加</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>記事:</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>返信先:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>投稿者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>本文(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>コメントへの返信</translation>
    </message>
</context>
<context>
    <name>Newsdesk::OpmlImporter</name>
    <message>
        <source>This is not an OPML subscription list: its root element is &lt;%1&gt;.</source>
        <translation>これは OPML の購読リストではありません。ルート要素が &lt;%1&gt; です。</translation>
    </message>
    <message>
        <source>The OPML subscription list has no &lt;body&gt;.</source>
        <translation>OPML の購読リストに &lt;body&gt; がありません。</translation>
    </message>
    <message>
        <source>The feed address “%1” was ignored: it is not an absolute web address.</source>
        <translation>フィードのアドレス「%1」は絶対 Web アドレスではないため無視しました。</translation>
    </message>
    <message>
        <source>The subscription list names no feeds.</source>
        <translation>購読リストにフィードが含まれていません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PlainTextImporter</name>
    <message>
        <source>plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>“%1” holds no text to import.</source>
        <translation>「%1」にインポートできるテキストがありません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>モデレーション</translation>
    </message>
    <message>
        <source>The library&apos;s moderation settings could not be read: %1</source>
        <translation>ライブラリのモデレーション設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Approve comments by authors who already have an approved comment</source>
        <translation>既に承認済みのコメントがある投稿者のコメントを承認する</translation>
    </message>
    <message>
        <source>Hold every comment for moderation, whatever the other rules say</source>
        <translation>他のルールにかかわらず、すべてのコメントをモデレーションのために保留する</translation>
    </message>
    <message>
        <source>Hold for moderation when a comment contains:</source>
        <translation>次の語句を含むコメントをモデレーションのために保留:</translation>
    </message>
    <message>
        <source>Mark as spam when a comment contains:</source>
        <translation>次の語句を含むコメントをスパムに指定:</translation>
    </message>
    <message>
        <source>One word or phrase a line, looked for in the author&apos;s name, email, web site and IP address and in the text, ignoring case: “press” also finds “WordPress”.</source>
        <translation>1 行に 1 つの語句を指定します。投稿者の名前、メール アドレス、Web サイト、IP アドレス、および本文から、大文字と小文字を区別せずに検索します（「press」は「WordPress」にも一致します）。</translation>
    </message>
    <message>
        <source>The share of capitals among the letters of a comment of 20 letters or more</source>
        <translation>20 文字以上のコメントで、文字のうち大文字が占める割合</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>Newsdesk speaks the new language from its next start.</source>
        <translation>新しい言語は Newsdesk の次回起動時から適用されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Mark comments as spam by their spam score</source>
        <translation>スパム スコアに基づいてコメントをスパムに指定する</translation>
    </message>
    <message>
        <source>Hold a comment with this many links or more:</source>
        <translation>リンクがこの数以上あるコメントを保留:</translation>
    </message>
    <message>
        <source>Flood limit (comments):</source>
        <translation>連続投稿の上限（コメント数）:</translation>
    </message>
    <message>
        <source>Flood window (seconds):</source>
        <translation>連続投稿の判定期間（秒）:</translation>
    </message>
    <message>
        <source>Hold a comment with this share of capitals or more (%):</source>
        <translation>大文字の割合がこの値以上のコメントを保留 (%):</translation>
    </message>
    <message>
        <source>Lowest spam score to mark as spam:</source>
        <translation>スパムに指定するスパム スコアの下限:</translation>
    </message>
    <message>
        <source>Hold a comment when its author or IP address posted this many comments within the flood window, the new one included</source>
        <translation>投稿者または IP アドレスが判定期間内にこの数のコメント（新しいコメントを含む）を投稿した場合に、そのコメントを保留します</translation>
    </message>
    <message>
        <source>How recent an author&apos;s comments must be to count towards the flood limit</source>
        <translation>連続投稿の上限に数える、投稿者のコメントの対象期間</translation>
    </message>
</context>
<context>
    <name>Newsdesk::QuickTagPopup</name>
    <message>
        <source>Tag with… (type a topic, Enter to apply)</source>
        <translation>タグ付け…（トピックを入力し、Enter で適用）</translation>
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
        <translation>記事内を検索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>閉じる (Escape)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReaderView</name>
    <message>
        <source>article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>画像を読み込む</translation>
    </message>
    <message>
        <source>Load the remote images of this article</source>
        <translation>この記事のリモート画像を読み込みます</translation>
    </message>
    <message>
        <source>Always Load</source>
        <translation>常に読み込む</translation>
    </message>
    <message>
        <source>Load remote images in every article</source>
        <translation>すべての記事でリモート画像を読み込みます</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>A+</source>
        <comment>zoom in, on a small button</comment>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation>文字を大きく (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>A−</source>
        <comment>zoom out, on a small button</comment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation>文字を小さく (%1)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>記事内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>記事を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>記事を PDF として保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Show &amp;Pending Comments</source>
        <translation>保留中のコメントを表示(&amp;P)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Show comments waiting for moderation with the approved ones</source>
        <translation>モデレーション待ちのコメントを承認済みのコメントと一緒に表示します</translation>
    </message>
    <message>
        <source>Always Load &amp;Remote Images</source>
        <translation>リモート画像を常に読み込む(&amp;R)</translation>
    </message>
    <message>
        <source>Qt WebEngine does not run as root unless QTWEBENGINE_DISABLE_SANDBOX=1 is set.</source>
        <translation>Qt WebEngine は、QTWEBENGINE_DISABLE_SANDBOX=1 が設定されていない限り root では動作しません。</translation>
    </message>
    <message>
        <source>Article sent to the printer.</source>
        <translation>記事をプリンターに送信しました。</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>記事を印刷できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Images from other sites are not loaded (%n), so those sites cannot see you reading this.</source>
        <translation>
            <numerusform>他のサイトの画像 (%n) は読み込んでいないため、それらのサイトにあなたがこの記事を読んでいることは知られません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader zoom %1%</source>
        <translation>リーダーの倍率 %1%</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>リンクをブラウザーで開く</translation>
    </message>
    <message>
        <source>Select an article to print it.</source>
        <translation>印刷する記事を選択してください。</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>記事を印刷</translation>
    </message>
    <message>
        <source>Select an article to save it as PDF.</source>
        <translation>PDF として保存する記事を選択してください。</translation>
    </message>
    <message>
        <source>Save Article as PDF</source>
        <translation>記事を PDF として保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>ページをレイアウトできませんでした。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The simpler reader was asked for (NEWSDESK_READER=text).</source>
        <translation>簡易リーダーが指定されています (NEWSDESK_READER=text)。</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s helper program, QtWebEngineProcess, is not installed.</source>
        <translation>Qt WebEngine の補助プログラム QtWebEngineProcess がインストールされていません。</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s page process stopped (exit code %1).</source>
        <translation>Qt WebEngine のページ プロセスが停止しました（終了コード %1）。</translation>
    </message>
    <message>
        <source>The full reader is not available, so the article is shown in a simpler view.</source>
        <translation>完全なリーダーは利用できないため、記事を簡易表示で表示しています。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RejectSuggestion</name>
    <message>
        <source>Reject suggested topic</source>
        <translation>候補のトピックを却下</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RemoveBundleEntries</name>
    <message numerus="yes">
        <source>Remove %n Entry(s) from “%1”</source>
        <translation>
            <numerusform>「%1」から %n 件の項目を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundle</name>
    <message>
        <source>Rename Bundle “%1”</source>
        <translation>バンドル「%1」の名前を変更</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundleSection</name>
    <message>
        <source>Rename Section “%1”</source>
        <translation>セクション「%1」の名前を変更</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RuleTagger</name>
    <message>
        <source>The rules of “%1”: %2</source>
        <translation>「%1」のルール: %2</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>タグを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>記事を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SampleLibrary</name>
    <message>
        <source>Could not read the sample library: %1</source>
        <translation>サンプル ライブラリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1</source>
        <translation>サンプル ライブラリが有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>Could not read the sample page %1: %2</source>
        <translation>サンプル ページ %1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SaveFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SavedSearch</name>
    <message>
        <source>The bundle has no saved search to fill it from.</source>
        <translation>バンドルに、補充に使う保存済み検索がありません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Sentences</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Puts one whole sentence after another: a space in English, none in Japanese or Chinese.</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticleField</name>
    <message>
        <source>Change the URL</source>
        <translation>URL を変更</translation>
    </message>
    <message>
        <source>Change the canonical URL</source>
        <translation>正規 URL を変更</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>タイトルを変更</translation>
    </message>
    <message>
        <source>Change the dek</source>
        <translation>リード文を変更</translation>
    </message>
    <message>
        <source>Change the byline</source>
        <translation>署名を変更</translation>
    </message>
    <message>
        <source>Change the dateline</source>
        <translation>発信地を変更</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>通信社を変更</translation>
    </message>
    <message>
        <source>Change the source</source>
        <translation>ソースを変更</translation>
    </message>
    <message>
        <source>Change the publication date</source>
        <translation>公開日時を変更</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>言語を変更</translation>
    </message>
    <message>
        <source>Change the image URL</source>
        <translation>画像の URL を変更</translation>
    </message>
    <message>
        <source>Change the image caption</source>
        <translation>画像のキャプションを変更</translation>
    </message>
    <message>
        <source>Change the image credit</source>
        <translation>画像のクレジットを変更</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>本文を変更</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>状態を変更</translation>
    </message>
    <message>
        <source>Change the curator note</source>
        <translation>キュレーターのメモを変更</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticlesStatus</name>
    <message numerus="yes">
        <source>Mark %n article(s) as new</source>
        <translation>
            <numerusform>%n 件の記事を新規にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as reviewed</source>
        <translation>
            <numerusform>%n 件の記事をレビュー済みにする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as selected</source>
        <translation>
            <numerusform>%n 件の記事を選択済みにする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as rejected</source>
        <translation>
            <numerusform>%n 件の記事を却下済みにする</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetCommentStatus</name>
    <message numerus="yes">
        <source>Approve %n comment(s)</source>
        <translation>
            <numerusform>%n 件のコメントを承認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n comment(s) as spam</source>
        <translation>
            <numerusform>%n 件のコメントをスパムに指定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n comment(s)</source>
        <translation>
            <numerusform>%n 件のコメントを却下</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n comment(s) to pending</source>
        <translation>
            <numerusform>%n 件のコメントを保留中に戻す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SingleInstance</name>
    <message>
        <source>Another Newsdesk window has %1 open but does not answer.</source>
        <translation>別の Newsdesk ウィンドウが %1 を開いていますが、応答がありません。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>ロック ファイル %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot listen for other Newsdesk windows: %1</source>
        <translation>他の Newsdesk ウィンドウからの接続を待ち受けできません: %1</translation>
    </message>
    <message>
        <source>The running Newsdesk window did not take the files: %1</source>
        <translation>実行中の Newsdesk ウィンドウがファイルを受け取りませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilter</name>
    <message>
        <source>Training was cancelled.</source>
        <translation>学習はキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learns from your decisions and needs at least %n approved and %n spam comments.</source>
        <translation>
            <numerusform>スパム フィルターはあなたの判定から学習するため、承認済みコメント %n 件以上とスパム コメント %n 件以上が必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library has %n approved comment(s).</source>
        <translation>
            <numerusform>このライブラリの承認済みコメントは %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n spam comment(s).</source>
        <extracomment>Follows &quot;The library has %n approved comment(s).&quot;; &quot;it&quot; is the library.</extracomment>
        <translation>
            <numerusform>スパム コメントは %n 件です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilterService</name>
    <message>
        <source>Learning from your moderation decisions…</source>
        <translation>モデレーションの判定から学習中…</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: %1</source>
        <translation>スパム フィルターは利用できません: %1</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: its training run was cancelled.</source>
        <translation>スパム フィルターは利用できません。学習の実行がキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n approved comment(s).</source>
        <translation>
            <numerusform>承認済みコメント %n 件から学習しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n spam comment(s).</source>
        <translation>
            <numerusform>スパム コメント %n 件から学習しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n pending comment(s) in %1 s.</source>
        <translation>
            <numerusform>保留中のコメント %n 件を %1 秒で評価しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::StatusProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Newsdesk::StoryRepository</name>
    <message>
        <source>A fingerprint has four bands.</source>
        <translation>フィンガープリントには 4 つのバンドが必要です。</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>ID %1 の記事はありません。</translation>
    </message>
    <message>
        <source>These articles are not linked.</source>
        <translation>これらの記事はリンクされていません。</translation>
    </message>
    <message>
        <source>The library could not be searched for the article.</source>
        <translation>ライブラリ内で記事を検索できませんでした。</translation>
    </message>
    <message>
        <source>The library could not be searched for the same story.</source>
        <translation>ライブラリ内で同じストーリーを検索できませんでした。</translation>
    </message>
    <message>
        <source>The article&apos;s fingerprint could not be stored.</source>
        <translation>記事のフィンガープリントを保存できませんでした。</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>記事を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The copies could not be linked.</source>
        <translation>他サイト版をリンクできませんでした。</translation>
    </message>
    <message>
        <source>The article&apos;s copies could not be read.</source>
        <translation>記事の他サイト版を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Where the story ran could not be read.</source>
        <translation>ストーリーの掲載先を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Where the story ran could not be recorded.</source>
        <translation>ストーリーの掲載先を記録できませんでした。</translation>
    </message>
    <message>
        <source>The copies could not be kept apart.</source>
        <translation>他サイト版を別扱いにできませんでした。</translation>
    </message>
    <message>
        <source>The copies could not be merged.</source>
        <translation>他サイト版を統合できませんでした。</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>統合を取り消せませんでした。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SuggestionService</name>
    <message>
        <source>Learning from your tags…</source>
        <translation>タグ付けから学習中…</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation>候補は利用できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions start once a topic has %n article(s) tagged by hand.</source>
        <translation>
            <numerusform>トピックに手動でタグ付けした記事が %n 件以上になると、候補の提案が始まります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggesting %n topic(s).</source>
        <extracomment>The classifier has learned %n topics and suggests them where they fit.</extracomment>
        <translation>
            <numerusform>%n 件のトピックを提案しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n tagged article(s) in %1 s.</source>
        <translation>
            <numerusform>タグ付け済みの記事 %n 件から %1 秒で学習しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagArticles</name>
    <message numerus="yes">
        <source>Tag %n article(s)</source>
        <translation>
            <numerusform>%n 件の記事にタグ付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n article(s)</source>
        <translation>
            <numerusform>%n 件の記事のタグを解除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Taxonomy</name>
    <message>
        <source>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, licensed under CC BY 4.0</source>
        <translation>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org、CC BY 4.0 ライセンス</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>the field %1 is not one of any, title, dek, body, byline or source.</source>
        <translation>フィールド %1 は any、title、dek、body、byline、source のいずれでもありません。</translation>
    </message>
    <message>
        <source>the kind %1 is not one of keyword, phrase or regex.</source>
        <translation>種類 %1 は keyword、phrase、regex のいずれでもありません。</translation>
    </message>
    <message>
        <source>it has no pattern.</source>
        <translation>パターンがありません。</translation>
    </message>
    <message>
        <source>caseSensitive is neither true nor false.</source>
        <translation>caseSensitive が true でも false でもありません。</translation>
    </message>
    <message>
        <source>The file has no list of topics.</source>
        <translation>ファイルにトピックのリストがありません。</translation>
    </message>
    <message>
        <source>The children of the topic %1 are not a list.</source>
        <translation>トピック %1 の子がリストではありません。</translation>
    </message>
    <message>
        <source>The topic %1 has topics more than %2 levels deep; a taxonomy can have at most %2 levels.</source>
        <translation>トピック %1 の下に %2 階層を超えるトピックがあります。分類体系は最大 %2 階層までです。</translation>
    </message>
    <message>
        <source>Two topics at the top level are both called %1.</source>
        <translation>最上位に %1 という名前のトピックが 2 つあります。</translation>
    </message>
    <message>
        <source>Two topics under %1 are both called %2.</source>
        <translation>%1 の下に %2 という名前のトピックが 2 つあります。</translation>
    </message>
    <message>
        <source>The taxonomy has more than %L1 topics; at most %L1 can be imported at once.</source>
        <translation>分類体系のトピックが %L1 件を超えています。一度にインポートできるのは %L1 件までです。</translation>
    </message>
    <message>
        <source>The topic %1 has the colour %2; colours are written #rrggbb.</source>
        <translation>トピック %1 の色が %2 になっています。色は #rrggbb の形式で記述します。</translation>
    </message>
    <message>
        <source>The code %1 of the topic %2 is not a code (a code has no spaces).</source>
        <translation>トピック %2 のコード %1 はコードではありません（コードに空白は使えません）。</translation>
    </message>
    <message>
        <source>The related codes of the topic %1 are not a list.</source>
        <translation>トピック %1 の関連コードがリストではありません。</translation>
    </message>
    <message>
        <source>The related code %1 of the topic %2 is not a code.</source>
        <translation>トピック %2 の関連コード %1 はコードではありません。</translation>
    </message>
    <message>
        <source>The rules of the topic %1 are not a list.</source>
        <translation>トピック %1 のルールがリストではありません。</translation>
    </message>
    <message>
        <source>Rule %1 of the topic %2 is not valid: %3</source>
        <translation>トピック %2 のルール %1 が正しくありません: %3</translation>
    </message>
    <message>
        <source>The built-in topic list %1 is missing: %2</source>
        <translation>組み込みのトピック リスト %1 がありません: %2</translation>
    </message>
    <message>
        <source>The taxonomy file is larger than %L1 MB; it cannot be a topic list.</source>
        <translation>分類体系ファイルが %L1 MB を超えているため、トピック リストではありえません。</translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1 (at byte %L2).</source>
        <translation>分類体系が有効な JSON ではありません: %1（%L2 バイト目）。</translation>
    </message>
    <message>
        <source>This is not a Newsdesk taxonomy: it does not say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>これは Newsdesk の分類体系ではありません。&quot;format&quot;: &quot;%1&quot; の記載がありません。</translation>
    </message>
    <message>
        <source>The taxonomy has no valid format version.</source>
        <translation>分類体系に有効なフォーマット バージョンがありません。</translation>
    </message>
    <message>
        <source>The taxonomy was written by a newer Newsdesk (format version %1); this version reads version %2. Update Newsdesk to import it.</source>
        <translation>この分類体系は新しいバージョンの Newsdesk で書き出されています（フォーマット バージョン %1）。このバージョンで読めるのはバージョン %2 です。インポートするには Newsdesk を更新してください。</translation>
    </message>
    <message>
        <source>The topic&apos;s rules are not a JSON list.</source>
        <translation>トピックのルールが JSON のリストではありません。</translation>
    </message>
    <message>
        <source>Rule %1 is not valid: %2</source>
        <translation>ルール %1 が正しくありません: %2</translation>
    </message>
    <message>
        <source>Could not read the taxonomy file “%1”: %2</source>
        <translation>分類体系ファイル「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>「%1」はインポートできません。%2</translation>
    </message>
    <message>
        <source>Topic %1 at the top level is not a JSON object.</source>
        <translation>最上位のトピック %1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Topic %1 under %2 is not a JSON object.</source>
        <translation>%2 の下のトピック %1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Topic %1 at the top level has no name.</source>
        <translation>最上位のトピック %1 に名前がありません。</translation>
    </message>
    <message>
        <source>Topic %1 under %2 has no name.</source>
        <translation>%2 の下のトピック %1 に名前がありません。</translation>
    </message>
    <message>
        <source>The description of the topic %1 is not text.</source>
        <translation>トピック %1 の説明がテキストではありません。</translation>
    </message>
    <message>
        <source>The colour of the topic %1 is not text.</source>
        <translation>トピック %1 の色がテキストではありません。</translation>
    </message>
    <message>
        <source>The code of the topic %1 is not text.</source>
        <translation>トピック %1 のコードがテキストではありません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Template</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 %2 行目: %3</translation>
    </message>
    <message>
        <source>a tag is opened here but never closed (“%1” is missing)</source>
        <translation>ここで開いたタグが閉じられていません（「%1」がありません）</translation>
    </message>
    <message>
        <source>changing the delimiters (“{{=”) is not supported</source>
        <translation>区切り文字の変更（「{{=」）には対応していません</translation>
    </message>
    <message>
        <source>the tag “%1” has no name</source>
        <translation>タグ「%1」に名前がありません</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no open section</source>
        <translation>「{{/%1}}」に対応する開いたセクションがありません</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes the section “%2” opened on line %3</source>
        <translation>「{{/%1}}」が %3 行目で開いたセクション「%2」を閉じています</translation>
    </message>
    <message>
        <source>the section “%1” opened on line %2 is never closed</source>
        <translation>%2 行目で開いたセクション「%1」が閉じられていません</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TemplateSet</name>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>テンプレート フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>テンプレート %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 line %2: the partial “%3” does not exist (no %3%4 in the template folder)</source>
        <translation>%1 %2 行目: パーシャル「%3」が存在しません（テンプレート フォルダーに %3%4 がありません）</translation>
    </message>
    <message>
        <source>The template folder has no readable file %1.</source>
        <translation>テンプレート フォルダーに読み込み可能なファイル %1 がありません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoder</name>
    <message>
        <source>No charset was declared and none could be detected; the text was decoded as windows-1252.</source>
        <translation>文字セットが宣言されておらず、検出もできなかったため、windows-1252 としてデコードしました。</translation>
    </message>
    <message numerus="yes">
        <source>The text is not valid UTF-8: %n byte(s) could not be decoded and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>テキストが有効な UTF-8 ではありません。%n バイトをデコードできず、U+FFFD に置き換えました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded as %1 and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n 個のバイト列を %1 としてデコードできず、U+FFFD に置き換えました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not a web page.</source>
        <translation>このファイルは Web ページではなく、バイナリ ファイルのようです。</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not an XML document.</source>
        <translation>このファイルは XML ドキュメントではなく、バイナリ ファイルのようです。</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not text.</source>
        <translation>このファイルはテキストではなく、バイナリ ファイルのようです。</translation>
    </message>
    <message>
        <source>The byte order mark says %1; the charset %2 named by the Content-Type header was ignored.</source>
        <translation>バイト順マークは %1 を示しているため、Content-Type ヘッダーで指定された文字セット %2 は無視しました。</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>Content-Type ヘッダーで文字セット %1 が指定されていますが、バイト列は %2 のようです。%2 としてデコードしました。</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>ページの &lt;meta&gt; タグで文字セット %1 が指定されていますが、バイト列は %2 のようです。%2 としてデコードしました。</translation>
    </message>
    <message>
        <source>The XML declaration names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>XML 宣言で文字セット %1 が指定されていますが、バイト列は %2 のようです。%2 としてデコードしました。</translation>
    </message>
    <message>
        <source>The document names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>ドキュメントで文字セット %1 が指定されていますが、バイト列は %2 のようです。%2 としてデコードしました。</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset “%1”, which is not known; it was ignored.</source>
        <translation>Content-Type ヘッダーで指定された文字セット「%1」は不明なため、無視しました。</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset “%1”, which is not known; it was ignored.</source>
        <translation>ページの &lt;meta&gt; タグで指定された文字セット「%1」は不明なため、無視しました。</translation>
    </message>
    <message>
        <source>The XML declaration names the charset “%1”, which is not known; it was ignored.</source>
        <translation>XML 宣言で指定された文字セット「%1」は不明なため、無視しました。</translation>
    </message>
    <message>
        <source>The document names the charset “%1”, which is not known; it was ignored.</source>
        <translation>ドキュメントで指定された文字セット「%1」は不明なため、無視しました。</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes are not %1; it was ignored.</source>
        <translation>Content-Type ヘッダーで文字セット %1 が指定されていますが、バイト列が %1 ではないため、無視しました。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicClassifier</name>
    <message>
        <source>There are no tagged articles to learn from.</source>
        <translation>学習に使えるタグ付け済みの記事がありません。</translation>
    </message>
    <message>
        <source>The classifier options are out of range.</source>
        <translation>分類器のオプションが範囲外です。</translation>
    </message>
    <message>
        <source>Training the topic classifier was cancelled.</source>
        <translation>トピック分類器の学習はキャンセルされました。</translation>
    </message>
    <message>
        <source>The topic classifier data is damaged or truncated.</source>
        <translation>トピック分類器のデータが破損しているか、途中で切れています。</translation>
    </message>
    <message>
        <source>This is not Newsdesk topic classifier data.</source>
        <translation>これは Newsdesk のトピック分類器のデータではありません。</translation>
    </message>
    <message>
        <source>The topic classifier was saved by a newer Newsdesk (format %1); this one reads format %2.</source>
        <translation>トピック分類器は新しいバージョンの Newsdesk で保存されています（フォーマット %1）。このバージョンで読めるのはフォーマット %2 です。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicEvidence</name>
    <message>
        <source>Reading the tagged articles was cancelled.</source>
        <translation>タグ付け済み記事の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>The articles to learn topics from could not be read.</source>
        <translation>トピックの学習に使う記事を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>記事のトピックを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>記事のトピックを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRepository</name>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>ID %1 のトピックはありません。</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>トピックには名前が必要です。</translation>
    </message>
    <message>
        <source>There is already a topic named “%1” there.</source>
        <translation>その場所には「%1」という名前のトピックが既にあります。</translation>
    </message>
    <message>
        <source>A topic cannot move into itself or below itself.</source>
        <translation>トピックを自分自身の中や下に移動することはできません。</translation>
    </message>
    <message>
        <source>There is already a topic of that name there.</source>
        <translation>その場所には同じ名前のトピックが既にあります。</translation>
    </message>
    <message>
        <source>A topic cannot be merged into itself.</source>
        <translation>トピックを自分自身に統合することはできません。</translation>
    </message>
    <message>
        <source>A topic cannot be merged into one of its own subtopics.</source>
        <translation>トピックを自分のサブトピックに統合することはできません。</translation>
    </message>
    <message>
        <source>The topics could not be read.</source>
        <translation>トピックを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The topic could not be read.</source>
        <translation>トピックを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The topic could not be looked up.</source>
        <translation>トピックを検索できませんでした。</translation>
    </message>
    <message>
        <source>The topic tree could not be read.</source>
        <translation>トピック ツリーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The topic “%1” could not be added.</source>
        <translation>トピック「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The topic could not be added.</source>
        <translation>トピックを追加できませんでした。</translation>
    </message>
    <message>
        <source>The topic could not be changed.</source>
        <translation>トピックを変更できませんでした。</translation>
    </message>
    <message>
        <source>The topic could not be moved.</source>
        <translation>トピックを移動できませんでした。</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be read.</source>
        <translation>トピックの記事を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The topic could not be deleted.</source>
        <translation>トピックを削除できませんでした。</translation>
    </message>
    <message>
        <source>The topics could not be merged.</source>
        <translation>トピックを統合できませんでした。</translation>
    </message>
    <message>
        <source>The topic could not be restored.</source>
        <translation>トピックを復元できませんでした。</translation>
    </message>
    <message>
        <source>The articles could not be tagged.</source>
        <translation>記事にタグ付けできませんでした。</translation>
    </message>
    <message>
        <source>The topic could not be removed from the articles.</source>
        <translation>記事からトピックを外せませんでした。</translation>
    </message>
    <message>
        <source>The tags could not be restored.</source>
        <translation>タグを復元できませんでした。</translation>
    </message>
    <message>
        <source>The tags could not be removed.</source>
        <translation>タグを削除できませんでした。</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>記事のトピックを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>記事のトピックを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The topics&apos; articles could not be counted.</source>
        <translation>トピックごとの記事数を集計できませんでした。</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be counted.</source>
        <translation>トピックの記事数を集計できませんでした。</translation>
    </message>
    <message>
        <source>The suggestion could not be rejected.</source>
        <translation>候補を却下できませんでした。</translation>
    </message>
    <message>
        <source>The rejection could not be undone.</source>
        <translation>却下を取り消せませんでした。</translation>
    </message>
    <message>
        <source>The rejected suggestions could not be read.</source>
        <translation>却下した候補を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleMatcher</name>
    <message>
        <source>The rule has no pattern.</source>
        <translation>ルールにパターンがありません。</translation>
    </message>
    <message>
        <source>The pattern “%1…” is longer than %L2 characters.</source>
        <translation>パターン「%1…」が %L2 文字を超えています。</translation>
    </message>
    <message>
        <source>The regular expression “%1” does not compile: %2 (at character %3).</source>
        <translation>正規表現「%1」をコンパイルできません: %2（%3 文字目）。</translation>
    </message>
    <message>
        <source>The regular expression “%1” matches empty text, so it would match every article.</source>
        <translation>正規表現「%1」は空のテキストに一致するため、すべての記事に一致してしまいます。</translation>
    </message>
    <message>
        <source>The phrase “%1” has no words to look for.</source>
        <translation>フレーズ「%1」に検索対象の語がありません。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleSet</name>
    <message>
        <source>Topic %1: %2</source>
        <translation>トピック %1: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicSuggestions</name>
    <message>
        <source>No article has a topic set by hand yet, so there is nothing to learn from. Tag a few articles per topic and suggestions will follow.</source>
        <translation>手動でトピックを設定した記事がまだないため、学習できるものがありません。トピックごとにいくつかの記事にタグ付けすると、候補が表示されるようになります。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicsDock</name>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>トピックを検索</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a topic beside the selected one</source>
        <translation>選択したトピックと同じ階層にトピックを追加します</translation>
    </message>
    <message>
        <source>Add Below</source>
        <translation>下に追加</translation>
    </message>
    <message>
        <source>Add a subtopic</source>
        <translation>サブトピックを追加します</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>Merge the selected topic into another</source>
        <translation>選択したトピックを別のトピックに統合します</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>すべてのトピックの記事を表示します</translation>
    </message>
    <message>
        <source>New Subtopic</source>
        <translation>新しいサブトピック</translation>
    </message>
    <message>
        <source>New Topic</source>
        <translation>新しいトピック</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Delete Topic</source>
        <translation>トピックを削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its subtopics? %n article(s) will lose the tag. You can undo this.</source>
        <translation>
            <numerusform>「%1」とそのサブトピックを削除しますか？%n 件の記事からこのタグが外れます。この操作は元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Topic</source>
        <translation>トピックを統合</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>「%1」の統合先:</translation>
    </message>
    <message>
        <source>Export Taxonomy…</source>
        <translation>分類体系をエクスポート…</translation>
    </message>
    <message>
        <source>Save every topic, with its colour, codes and rules, as a JSON file</source>
        <translation>すべてのトピックを、色、コード、ルールとともに JSON ファイルに保存します</translation>
    </message>
    <message>
        <source>Import Taxonomy…</source>
        <translation>分類体系をインポート…</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file; topics already there are kept</source>
        <translation>分類体系ファイルのトピックを追加します。既存のトピックはそのまま残ります</translation>
    </message>
    <message>
        <source>Import Full IPTC Tree</source>
        <translation>IPTC の完全なツリーをインポート</translation>
    </message>
    <message>
        <source>Add every IPTC Media Topic; topics already there are kept</source>
        <translation>IPTC Media Topics のすべてのトピックを追加します。既存のトピックはそのまま残ります</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>分類体系</translation>
    </message>
    <message>
        <source>Export or import the topic taxonomy</source>
        <translation>トピックの分類体系をエクスポートまたはインポートします</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>ライブラリが開かれていません。</translation>
    </message>
    <message>
        <source>Export Taxonomy</source>
        <translation>分類体系をエクスポート</translation>
    </message>
    <message>
        <source>Newsdesk taxonomies (*.json);;All files (*)</source>
        <translation>Newsdesk 分類体系 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exported the taxonomy to %1</source>
        <translation>分類体系を %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Import Taxonomy</source>
        <translation>分類体系をインポート</translation>
    </message>
    <message>
        <source>IPTC Media Topics</source>
        <translation>IPTC Media Topics</translation>
    </message>
    <message>
        <source>Every topic of “%1” is in the taxonomy already; nothing was added.</source>
        <translation>「%1」のトピックはすべて既に分類体系にあります。何も追加されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n topic(s) from “%1”</source>
        <translation>
            <numerusform>「%1」から %n 件のトピックをインポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TrashArticles</name>
    <message numerus="yes">
        <source>Restore %n article(s)</source>
        <translation>
            <numerusform>%n 件の記事を元に戻す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>%n 件の記事をゴミ箱に移動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Triage</name>
    <message>
        <source>Spam score %1 (threshold %2)</source>
        <translation>スパム スコア %1（しきい値 %2）</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageDialog</name>
    <message>
        <source>Run Rules on Pending Comments</source>
        <translation>保留中のコメントにルールを実行</translation>
    </message>
    <message>
        <source>Running the moderation rules and the spam filter over the pending comments…</source>
        <translation>保留中のコメントにモデレーション ルールとスパム フィルターを実行中…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>ルールを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>No comment is pending.</source>
        <translation>保留中のコメントはありません。</translation>
    </message>
    <message>
        <source>Pending comments: %L1. Approve: %L2 · Spam: %L3 · Reject: %L4 · Stay pending: %L5. Apply writes these decisions as one step you can undo.</source>
        <translation>保留中のコメント: %L1 件。承認: %L2 · スパム: %L3 · 却下: %L4 · 保留のまま: %L5。「適用」を押すと、これらの判定を元に戻せる 1 つの操作として書き込みます。</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>スパム フィルターは承認済みコメント %n 件から学習しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>スパム コメント %n 件からも学習しました。</numerusform>
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
        <translation>コメント</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Stays pending</source>
        <extracomment>Triage&apos;s proposal for a comment it leaves as it is.</extracomment>
        <translation>保留中のまま</translation>
    </message>
    <message>
        <source>Stays approved</source>
        <translation>承認済みのまま</translation>
    </message>
    <message>
        <source>Stays spam</source>
        <translation>スパムのまま</translation>
    </message>
    <message>
        <source>Stays rejected</source>
        <translation>却下済みのまま</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address; Newsdesk fetches only http and https URLs.</source>
        <translation>「%1」は Web アドレスではありません。Newsdesk が取得できるのは http と https の URL だけです。</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL; Newsdesk fetches only those.</source>
        <translation>%1 は http または https の URL ではありません。Newsdesk が取得できるのはこれらだけです。</translation>
    </message>
    <message>
        <source>“%1” names no server to fetch from.</source>
        <translation>「%1」に取得先のサーバーが指定されていません。</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>%1 の取得はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Newsdesk fetches for one page.</source>
        <translation>%1 は、Newsdesk が 1 ページにつき取得できる上限 %2 を超えています。</translation>
    </message>
    <message>
        <source>Fetching %1 timed out after %2 s without data from the server.</source>
        <translation>サーバーから %2 秒間データがなかったため、%1 の取得がタイムアウトしました。</translation>
    </message>
    <message numerus="yes">
        <source>Gave up on %1 after %n redirect(s); it probably redirects in a loop.</source>
        <translation>
            <numerusform>%n 回リダイレクトされたため、%1 の取得を中止しました。リダイレクトがループしている可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which Newsdesk does not follow.</source>
        <translation>%1 は https から暗号化されていない http にリダイレクトしています。Newsdesk はこのリダイレクトには従いません。</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>サーバーは %2 に対して %1 を返しました。</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere, and following redirects is turned off.</source>
        <translation>%1 は別の場所にリダイレクトしていますが、リダイレクトの追跡はオフになっています。</translation>
    </message>
</context>
<context>
    <name>Newsdesk::WxrCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>pingbacks and trackbacks are notices from other sites, not reader comments</source>
        <translation>ピンバックとトラックバックは他のサイトからの通知であり、読者コメントではありません</translation>
    </message>
    <message numerus="yes">
        <source>The item “%1” has no &lt;link&gt; or &lt;guid&gt;, so its %n comment(s) cannot be matched to an article.</source>
        <translation>
            <numerusform>項目「%1」に &lt;link&gt; も &lt;guid&gt; もないため、そのコメント %n 件を記事と照合できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>WordPress export (WXR)</source>
        <translation>WordPress のエクスポート (WXR)</translation>
    </message>
    <message>
        <source>This is not a WordPress export: its root element is &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation>これは WordPress のエクスポートではありません。ルート要素が &lt;rss&gt; ではなく &lt;%1&gt; です。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had only a local date without a time zone; it was read as UTC.</source>
        <translation>
            <numerusform>%n 件のコメントの日付がタイムゾーンのないローカル日時だったため、UTC として読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>%n 件のコメントの日付が正しい日付ではなかったため、日付なしでインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>http(s) のリンクではない投稿者のアドレス %n 件を除外しました。</numerusform>
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
        <translation>別のライブラリを開く…</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Newsdesk ライブラリ (*.sqlite *.newsdesk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Newsdesk: import, tag, moderate and export news articles.</source>
        <translation>Newsdesk: ニュース記事のインポート、タグ付け、モデレーション、エクスポートを行います。</translation>
    </message>
    <message>
        <source>Open the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>&lt;path&gt; のライブラリ ファイルを開きます（既定: $NEWSDESK_LIBRARY または %1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>If the library is empty, fill it with the sample articles.</source>
        <translation>ライブラリが空の場合、サンプル記事を追加します。</translation>
    </message>
    <message>
        <source>newsdesk: %1</source>
        <translation>newsdesk: %1</translation>
    </message>
    <message>
        <source>--export-pdf needs --out FILE.</source>
        <translation>--export-pdf には --out FILE が必要です。</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4 or Letter.</source>
        <translation>不明な用紙サイズ「%1」です。A4 または Letter を指定してください。</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1 は既に存在します。置き換えるには --force を付けてください。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>Print the bundle &lt;name&gt; to PDF and exit.</source>
        <translation>バンドル &lt;name&gt; を PDF に印刷して終了します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き込む PDF ファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>A4 (the default) or Letter.</source>
        <translation>A4（既定値）または Letter。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>Replace the PDF file if it exists.</source>
        <translation>PDF ファイルが既に存在する場合は置き換えます。</translation>
    </message>
    <message>
        <source>Files and web addresses given are imported into the library. When a Newsdesk window has the library open already, they are handed to it and that window comes to the front.</source>
        <translation>指定したファイルと Web アドレスはライブラリにインポートされます。そのライブラリを既に開いている Newsdesk ウィンドウがある場合は、そのウィンドウに渡され、ウィンドウが前面に表示されます。</translation>
    </message>
    <message>
        <source>Pages, feeds, Newsdesk bundles or web addresses to import.</source>
        <translation>インポートするページ、フィード、Newsdesk バンドル、または Web アドレス。</translation>
    </message>
</context>
</TS>
