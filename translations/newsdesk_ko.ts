<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
            <numerusform>기사 %n개를 “%1”에 추가</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddBundleSection</name>
    <message>
        <source>Add Section “%1”</source>
        <translation>섹션 “%1” 추가</translation>
    </message>
</context>
<context>
    <name>Newsdesk::AddComment</name>
    <message>
        <source>Reply to a comment</source>
        <translation>댓글에 답글 달기</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>댓글 추가</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ApplyTriage</name>
    <message>
        <source>Apply the moderation rules</source>
        <translation>검토 규칙 적용</translation>
    </message>
    <message numerus="yes">
        <source>Apply the moderation rules to %n comment(s)</source>
        <translation>
            <numerusform>댓글 %n개에 검토 규칙 적용</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleDetailPane</name>
    <message>
        <source>Select an article to read and edit it.</source>
        <translation>읽거나 편집할 기사를 선택하십시오.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation>부제(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>바이라인(&amp;B):</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>데이트라인(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>통신사(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>게재일(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. en, ja, pt-BR</source>
        <translation>예: en, ja, pt-BR</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>상태(&amp;U):</translation>
    </message>
    <message>
        <source>Your note on this article (only you see it)</source>
        <translation>이 기사에 대한 메모(나만 볼 수 있음)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>주제:</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>제안:</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Tab: the article shown as it reads (a mode, not &quot;has been read&quot;).</extracomment>
        <translation>읽기</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Tab: the article&apos;s fields, to edit them (a mode).</extracomment>
        <translation>편집</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n단어</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1에 추가됨</translation>
    </message>
    <message>
        <source>in the trash — restore it to edit</source>
        <translation>휴지통에 있음 — 편집하려면 복원하십시오</translation>
    </message>
    <message>
        <source> &lt;i&gt;(rule)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(규칙)&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;(suggested, %1%)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(제안, %1%)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none yet — press T to tag&lt;/i&gt;</source>
        <translation>&lt;i&gt;아직 없음 — T 키를 눌러 태그 지정&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;learning from your tags…&lt;/i&gt;</source>
        <translation>&lt;i&gt;태그 지정 내용을 학습하는 중…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;없음&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>&lt;small&gt;Y accepts, N rejects the first&lt;/small&gt;</source>
        <translation>&lt;small&gt;Y 키는 첫 번째 제안을 수락, N 키는 거부&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 (&lt;a href=&quot;relink:%2&quot;&gt;same story after all&lt;/a&gt;)</source>
        <translation>%1 (&lt;a href=&quot;relink:%2&quot;&gt;결국 같은 소식임&lt;/a&gt;)</translation>
    </message>
    <message>
        <source> (&lt;a href=&quot;merge:%1&quot;&gt;merge&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation> (&lt;a href=&quot;merge:%1&quot;&gt;병합&lt;/a&gt; · &lt;a href=&quot;apart:%1&quot;&gt;다른 소식&lt;/a&gt;)</translation>
    </message>
    <message>
        <source> (first seen; &lt;a href=&quot;apart:%1&quot;&gt;a different story&lt;/a&gt;)</source>
        <translation> (처음 발견; &lt;a href=&quot;apart:%1&quot;&gt;다른 소식&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Also published by %1</source>
        <translation>%1에서도 게재함</translation>
    </message>
    <message>
        <source>Also ran in %1 (merged)</source>
        <translation>%1에도 실림(병합됨)</translation>
    </message>
    <message>
        <source>Kept apart from %1</source>
        <translation>%1과(와) 별개로 유지함</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleFormatter</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Image from %1 not loaded</source>
        <translation>%1의 이미지를 불러오지 않음</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Also published by</source>
        <translation>함께 게재한 곳</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>병합됨</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>익명</translation>
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
            <numerusform>댓글 %n개, %1개 검토 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게재일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Column header: how well an article matches the search (its relevance).</extracomment>
        <translation>일치도</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ArticleRepository</name>
    <message>
        <source>“%1” is not a status: use new, reviewed, selected or rejected.</source>
        <translation>“%1”은(는) 상태가 아닙니다. new, reviewed, selected, rejected 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a time: use 12h, 7d, 2w or a date such as 2026-11-01.</source>
        <translation>“%1”은(는) 시간이 아닙니다. 12h, 7d, 2w 또는 2026-11-01 같은 날짜를 사용하십시오.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>ID가 %1인 기사가 없습니다.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>기사에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>“%1”은(는) 상태가 아닙니다. new, reviewed, selected, rejected 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; use ISO 8601, e.g. 2026-10-03T08:15:00Z.</source>
        <translation>“%1”은(는) 날짜 및 시간이 아닙니다. ISO 8601 형식을 사용하십시오(예: 2026-10-03T08:15:00Z).</translation>
    </message>
    <message>
        <source>“%1” is not a language tag such as en, ja or pt-BR.</source>
        <translation>“%1”은(는) en, ja, pt-BR 같은 언어 태그가 아닙니다.</translation>
    </message>
    <message>
        <source>Some of the articles no longer exist.</source>
        <translation>일부 기사가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The articles could not be listed.</source>
        <translation>기사 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>기사를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles could not be counted.</source>
        <translation>기사 수를 셀 수 없습니다.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>기사를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The article “%1” could not be added.</source>
        <translation>기사 “%1”을(를) 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The article could not be changed.</source>
        <translation>기사를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles could not be moved to the trash.</source>
        <translation>기사를 휴지통으로 이동할 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles could not be restored from the trash.</source>
        <translation>기사를 휴지통에서 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles could not be deleted.</source>
        <translation>기사를 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The trash could not be read.</source>
        <translation>휴지통을 읽을 수 없습니다.</translation>
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
        <translation>정규 URL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>바이라인</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>데이트라인</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>통신사</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게재일</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>이미지 URL</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>이미지 설명</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>이미지 저작권</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Curator note</source>
        <translation>큐레이터 메모</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토 완료</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleEntriesModel</name>
    <message>
        <source>(missing article %1)</source>
        <translation>(누락된 기사 %1)</translation>
    </message>
    <message>
        <source>Section: the articles below it, up to the next section, are grouped under “%1”.</source>
        <translation>섹션: 이 아래부터 다음 섹션 전까지의 기사가 “%1” 아래에 묶입니다.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>HTML site (folder)</source>
        <translation>HTML 사이트(폴더)</translation>
    </message>
    <message>
        <source>HTML, one file</source>
        <translation>HTML, 단일 파일</translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>Atom 피드</translation>
    </message>
    <message>
        <source>RSS feed</source>
        <translation>RSS 피드</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF is printed with Qt WebEngine by the newsdesk program (Bundle › Export Bundle… in the window, or newsdesk-cli export, which runs it); it cannot be written here.</source>
        <translation>PDF는 newsdesk 프로그램이 Qt WebEngine으로 인쇄합니다(창에서 번들 › 번들 내보내기… 또는 이를 실행하는 newsdesk-cli export 사용). 여기서는 PDF를 기록할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportController</name>
    <message>
        <source>Stop the export</source>
        <translation>내보내기 중지</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>번들 내보내기</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>내보내기가 아직 실행 중입니다.</translation>
    </message>
    <message>
        <source>%1 exists already; choose to replace it or save elsewhere.</source>
        <translation>%1이(가) 이미 있습니다. 바꾸거나 다른 곳에 저장하십시오.</translation>
    </message>
    <message>
        <source>Printing the bundle to PDF…</source>
        <translation>번들을 PDF로 인쇄하는 중…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>내보내기가 취소되었습니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be exported: %1</source>
        <translation>번들을 내보낼 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냄</translation>
    </message>
    <message>
        <source>Exporting an HTML site…</source>
        <translation>HTML 사이트로 내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting one HTML file…</source>
        <translation>HTML 파일 하나로 내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting a JSON Feed…</source>
        <translation>JSON Feed로 내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting an Atom feed…</source>
        <translation>Atom 피드로 내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting an RSS feed…</source>
        <translation>RSS 피드로 내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting a PDF…</source>
        <translation>PDF로 내보내는 중…</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleExportDialog</name>
    <message>
        <source>Export Bundle “%1”</source>
        <translation>번들 “%1” 내보내기</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Embed images in the file</source>
        <translation>이미지를 파일에 포함</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>기본 제공</translation>
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
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Template folder:</source>
        <translation>템플릿 폴더(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>용지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Copy images into the site</source>
        <translation>이미지를 사이트에 복사</translation>
    </message>
    <message>
        <source>Folder for the Site</source>
        <translation>사이트용 폴더</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>번들 내보내기</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>템플릿 폴더</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>내보낼 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>템플릿 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Replace Existing Export?</source>
        <translation>기존 내보내기를 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1이(가) 이미 있습니다. 이번 내보내기로 바꾸시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleFeeds</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>%1에서 읽기</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>제목 없는 번들</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleHtml</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>The template folder has no %1.mustache.</source>
        <translation>템플릿 폴더에 %1.mustache 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>article title — bundle title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Untitled bundle</source>
        <translation>제목 없는 번들</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Curator’s note</source>
        <translation>큐레이터 메모</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Selected and published with Newsdesk. Each article links to its source.</source>
        <translation>Newsdesk로 선정하고 게시했습니다. 각 기사는 출처로 연결됩니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleJson</name>
    <message>
        <source>The file&apos;s Newsdesk fields do not say which format version they are in.</source>
        <translation>파일의 Newsdesk 필드에 형식 버전이 명시되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>This bundle was exported by a newer Newsdesk (format %1; this version reads up to format %2). Update Newsdesk to import it.</source>
        <translation>이 번들은 더 새로운 Newsdesk에서 내보낸 것입니다(형식 %1, 이 버전은 형식 %2까지 읽을 수 있음). 가져오려면 Newsdesk를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>Imported bundle</source>
        <translation>가져온 번들</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be text.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be true or false.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a whole number, 0 or more.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a date such as 2024-05-01T09:30:00Z.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 2024-05-01T09:30:00Z 같은 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a list.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be an object.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a topic&apos;s name.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 주제 이름이어야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the comment&apos;s id.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 댓글 ID여야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be a section&apos;s heading.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 섹션 제목이어야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be the index of the section&apos;s first item, in order.</source>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) 섹션 첫 항목의 인덱스여야 하며, 섹션 순서대로 나열되어야 합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s Newsdesk fields cannot be read: “%1” should be one of %2.</source>
        <extracomment>%1 is where in the file (“items[0]._newsdesk.status”), %2 the allowed values, as they are.</extracomment>
        <translation>파일의 Newsdesk 필드를 읽을 수 없습니다. “%1”은(는) %2 중 하나여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleListModel</name>
    <message numerus="yes">
        <source>%1
%n article(s), changed %2</source>
        <translation>
            <numerusform>%1
기사 %n개, %2에 변경됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePdfPrinter</name>
    <message>
        <source>The bundle&apos;s page could not be loaded for printing.</source>
        <translation>인쇄할 번들 페이지를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>페이지 레이아웃을 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlePreview</name>
    <message>
        <source>Choose a bundle to see it as it will be published.</source>
        <translation>게시될 모습을 보려면 번들을 선택하십시오.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>미리 보기를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The full preview is not available, so the bundle is shown in a simpler view.</source>
        <translation>전체 미리 보기를 사용할 수 없어 번들을 간단한 보기로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundleRepository</name>
    <message>
        <source>A bundle needs a name.</source>
        <translation>번들에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation>섹션에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>Article %1 is in the bundle twice.</source>
        <translation>기사 %1이(가) 번들에 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <source>There is no bundle %1.</source>
        <translation>번들 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no bundle named “%1”.</source>
        <translation>이름이 “%1”인 번들이 없습니다.</translation>
    </message>
    <message>
        <source>There is already a bundle named “%1”.</source>
        <translation>이름이 “%1”인 번들이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Article %1 cannot go into the bundle: %2</source>
        <translation>기사 %1을(를) 번들에 넣을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The bundles could not be listed.</source>
        <translation>번들 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be read.</source>
        <translation>번들을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be looked up.</source>
        <translation>번들을 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be saved.</source>
        <translation>번들을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be created.</source>
        <translation>번들을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be deleted.</source>
        <translation>번들을 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesDock</name>
    <message>
        <source>Bundles</source>
        <translation>번들</translation>
    </message>
    <message>
        <source>Drag articles onto a bundle to add them; double-click a bundle to open it.</source>
        <translation>기사를 번들로 끌어다 놓으면 추가되고, 번들을 두 번 클릭하면 열립니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>기사 %n개를 “%1”에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>이미 “%1”에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::BundlesView</name>
    <message>
        <source>&amp;New Bundle</source>
        <translation>새 번들(&amp;N)</translation>
    </message>
    <message>
        <source>Make a new, empty bundle</source>
        <translation>비어 있는 새 번들 만들기</translation>
    </message>
    <message>
        <source>&amp;Rename Bundle</source>
        <translation>번들 이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the bundle (F2)</source>
        <translation>번들 이름 바꾸기(F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Bundle</source>
        <translation>번들 복제(&amp;U)</translation>
    </message>
    <message>
        <source>Make a copy of the bundle</source>
        <translation>번들 사본 만들기</translation>
    </message>
    <message>
        <source>&amp;Delete Bundle</source>
        <translation>번들 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the bundle (Delete; Undo brings it back)</source>
        <translation>번들 삭제(Delete, 실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>번들 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the bundle as HTML, JSON, a feed or PDF</source>
        <translation>번들을 HTML, JSON, 피드 또는 PDF로 내보내기</translation>
    </message>
    <message>
        <source>&amp;Remove from Bundle</source>
        <translation>번들에서 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>선택한 항목 제거(Delete)</translation>
    </message>
    <message>
        <source>Add &amp;Section Above…</source>
        <translation>위에 섹션 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a heading that groups the articles below it</source>
        <translation>아래 기사들을 묶는 제목 추가</translation>
    </message>
    <message>
        <source>Re&amp;name Section</source>
        <translation>섹션 이름 바꾸기(&amp;N)</translation>
    </message>
    <message>
        <source>Change the section&apos;s heading (F2)</source>
        <translation>섹션 제목 변경(F2)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles&lt;/b&gt;</source>
        <translation>&lt;b&gt;번들&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The bundle&apos;s name</source>
        <translation>번들 이름</translation>
    </message>
    <message>
        <source>A few words introducing the selection; a blank line starts a paragraph</source>
        <translation>선정한 기사를 소개하는 짧은 글. 빈 줄을 넣으면 새 문단이 시작됩니다</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>주제(&amp;T)</translation>
    </message>
    <message>
        <source>Approved &amp;comments</source>
        <translation>승인된 댓글(&amp;C)</translation>
    </message>
    <message>
        <source>Only approved comments are ever published; pending, spam and rejected ones never are</source>
        <translation>승인된 댓글만 게시됩니다. 대기 중, 스팸, 거부된 댓글은 절대 게시되지 않습니다</translation>
    </message>
    <message>
        <source>Source &amp;links</source>
        <translation>출처 링크(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>예: topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>채우기(&amp;F)</translation>
    </message>
    <message>
        <source>Add the articles the saved search finds that are not in the bundle yet</source>
        <translation>저장된 검색으로 찾은 기사 중 아직 번들에 없는 기사 추가</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>Int&amp;ro:</source>
        <translation>소개(&amp;R):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>포함:</translation>
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation>저장된 검색(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Blurb:</source>
        <translation>소개글(&amp;B):</translation>
    </message>
    <message>
        <source>Your words on the selected article, shown with it</source>
        <translation>선택한 기사에 대한 글로, 기사와 함께 표시됩니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; (drag to reorder, or drag articles in)</source>
        <translation>&lt;b&gt;항목&lt;/b&gt;(끌어서 순서를 바꾸거나 기사를 끌어다 놓기)</translation>
    </message>
    <message>
        <source>&amp;Blurb for “%1”:</source>
        <translation>“%1” 소개글(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Blurb (select an article):</source>
        <translation>소개글(&amp;B)(기사를 선택하십시오):</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>새 번들</translation>
    </message>
    <message>
        <source>New Bundle</source>
        <translation>새 번들</translation>
    </message>
    <message>
        <source>Add to Bundle</source>
        <translation>번들에 추가</translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>이미 “%1”에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>기사 %n개를 “%1”에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Bundle…</source>
        <translation>새 번들…</translation>
    </message>
    <message>
        <source>Made a new bundle; rename it on the Bundles page (F2).</source>
        <translation>새 번들을 만들었습니다. 번들 페이지에서 이름을 바꾸십시오(F2).</translation>
    </message>
    <message>
        <source>Deleted the bundle “%1”. Undo brings it back.</source>
        <translation>번들 “%1”을(를) 삭제했습니다. 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>섹션 추가</translation>
    </message>
    <message>
        <source>Section heading:</source>
        <translation>섹션 제목:</translation>
    </message>
    <message>
        <source>Fill from Saved Search</source>
        <translation>저장된 검색으로 채우기</translation>
    </message>
    <message>
        <source>Type a search first, as in the article list, e.g. topic:&quot;trade disputes&quot; status:selected since:7d</source>
        <translation>먼저 기사 목록에서처럼 검색어를 입력하십시오. 예: topic:&quot;trade disputes&quot; status:selected since:7d</translation>
    </message>
    <message>
        <source>The saved search could not be run: %1</source>
        <translation>저장된 검색을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The saved search finds no articles.</source>
        <translation>저장된 검색으로 찾은 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Ima&amp;ges</source>
        <translation>이미지(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Cli</name>
    <message>
        <source>The title readers see (the name when not given).</source>
        <translation>독자에게 보이는 제목(지정하지 않으면 이름).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The curator&apos;s introduction, plain text.</source>
        <translation>큐레이터의 소개 글(일반 텍스트).</translation>
    </message>
    <message>
        <source>The saved search that fills the bundle, as typed in the window, e.g. &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</source>
        <translation>번들을 채우는 저장된 검색으로, 창에서 입력하는 것과 같습니다. 예: &apos;topic:&quot;trade disputes&quot; status:selected since:7d&apos;.</translation>
    </message>
    <message>
        <source>What exports carry besides the articles: a comma-separated list of topics, comments (approved ones only), images, source-links, or none.</source>
        <translation>내보내기에 기사 외에 포함할 항목: topics, comments(승인된 댓글만), images, source-links를 쉼표로 구분한 목록 또는 none.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>--include takes topics, comments, images, source-links or none, separated by commas.</source>
        <translation>--include에는 topics, comments, images, source-links 또는 none을 쉼표로 구분하여 지정합니다.</translation>
    </message>
    <message>
        <source>NAME [--title T] [--intro TEXT] [--search S]</source>
        <translation>NAME [--title T] [--intro TEXT] [--search S]</translation>
    </message>
    <message>
        <source>Create an empty bundle. Its name is how commands find it.</source>
        <translation>빈 번들을 만듭니다. 명령은 번들을 이름으로 찾습니다.</translation>
    </message>
    <message>
        <source>bundle create takes one name (quote it if it has spaces).</source>
        <translation>bundle create에는 이름 하나를 지정합니다(공백이 있으면 따옴표로 묶으십시오).</translation>
    </message>
    <message>
        <source>Created bundle “%1”.</source>
        <translation>번들 “%1”을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Give the bundle a new name.</source>
        <translation>번들에 새 이름을 지정합니다.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]</source>
        <translation>NAME [--rename NEW] [--title T] [--intro TEXT] [--search S] [--include LIST]</translation>
    </message>
    <message>
        <source>Change a bundle&apos;s name, title, introduction, saved search or what its exports include.</source>
        <translation>번들의 이름, 제목, 소개, 저장된 검색 또는 내보내기에 포함할 항목을 변경합니다.</translation>
    </message>
    <message>
        <source>bundle set takes the bundle&apos;s name and options.</source>
        <translation>bundle set에는 번들 이름과 옵션을 지정합니다.</translation>
    </message>
    <message>
        <source>Saved bundle “%1”.</source>
        <translation>번들 “%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>NAME ID...</source>
        <translation>NAME ID...</translation>
    </message>
    <message>
        <source>Add articles to the end of a bundle; articles already in it stay where they are.</source>
        <translation>번들 끝에 기사를 추가합니다. 이미 들어 있는 기사는 제자리에 그대로 둡니다.</translation>
    </message>
    <message>
        <source>bundle add takes the bundle&apos;s name and article ids.</source>
        <translation>bundle add에는 번들 이름과 기사 ID를 지정합니다.</translation>
    </message>
    <message>
        <source>Article %1 is in the trash; restore it first.</source>
        <translation>기사 %1은(는) 휴지통에 있습니다. 먼저 복원하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>기사 %n개를 “%1”에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill from this search and save it with the bundle.</source>
        <translation>이 검색으로 채우고 검색을 번들과 함께 저장합니다.</translation>
    </message>
    <message>
        <source>At most this many articles (default 1000).</source>
        <translation>최대 기사 수(기본값 1000).</translation>
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
        <translation>번들의 저장된 검색으로 찾은 기사를 최신순으로, 이미 들어 있는 기사 뒤에 추가합니다.</translation>
    </message>
    <message>
        <source>bundle fill takes the bundle&apos;s name.</source>
        <translation>bundle fill에는 번들 이름을 지정합니다.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit에는 양수를 지정합니다.</translation>
    </message>
    <message>
        <source>Take articles out of a bundle (they stay in the library).</source>
        <translation>번들에서 기사를 뺍니다(기사는 라이브러리에 남습니다).</translation>
    </message>
    <message>
        <source>bundle remove takes the bundle&apos;s name and article ids.</source>
        <translation>bundle remove에는 번들 이름과 기사 ID를 지정합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from “%1”.</source>
        <translation>
            <numerusform>“%1”에서 기사 %n개를 제거했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the section before this article.</source>
        <translation>이 기사 앞에 섹션을 넣습니다.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>NAME HEADING [--before ID]</source>
        <translation>NAME HEADING [--before ID]</translation>
    </message>
    <message>
        <source>Add a section heading that groups the articles after it; at the end unless --before names an article.</source>
        <translation>뒤에 오는 기사들을 묶는 섹션 제목을 추가합니다. --before로 기사를 지정하지 않으면 끝에 추가합니다.</translation>
    </message>
    <message>
        <source>bundle section takes the bundle&apos;s name and the heading.</source>
        <translation>bundle section에는 번들 이름과 제목을 지정합니다.</translation>
    </message>
    <message>
        <source>Article %1 is not in “%2”.</source>
        <translation>기사 %1은(는) “%2”에 없습니다.</translation>
    </message>
    <message>
        <source>Added the section.</source>
        <translation>섹션을 추가했습니다.</translation>
    </message>
    <message>
        <source>NAME ID TEXT</source>
        <translation>NAME ID TEXT</translation>
    </message>
    <message>
        <source>Set the curator&apos;s words on an article of the bundle (empty text removes them).</source>
        <translation>번들에 든 기사에 큐레이터의 글을 설정합니다(빈 텍스트는 글을 제거합니다).</translation>
    </message>
    <message>
        <source>bundle blurb takes the bundle&apos;s name, an article id and the text.</source>
        <translation>bundle blurb에는 번들 이름, 기사 ID, 텍스트를 지정합니다.</translation>
    </message>
    <message>
        <source>Saved the blurb.</source>
        <translation>소개글을 저장했습니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Delete a bundle; its articles stay in the library.</source>
        <translation>번들을 삭제합니다. 번들의 기사는 라이브러리에 남습니다.</translation>
    </message>
    <message>
        <source>bundle delete takes the bundle&apos;s name.</source>
        <translation>bundle delete에는 번들 이름을 지정합니다.</translation>
    </message>
    <message>
        <source>Deleted bundle “%1”.</source>
        <translation>번들 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>List the library&apos;s bundles by name.</source>
        <translation>라이브러리의 번들을 이름순으로 나열합니다.</translation>
    </message>
    <message>
        <source>bundle list takes no arguments.</source>
        <translation>bundle list에는 인수가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %n article(s)  %2</source>
        <translation>
            <numerusform>%1  기사 %n개  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles yet; `bundle create NAME` makes one.</source>
        <translation>아직 번들이 없습니다. `bundle create NAME`으로 만드십시오.</translation>
    </message>
    <message>
        <source>NAME [--json]</source>
        <translation>NAME [--json]</translation>
    </message>
    <message>
        <source>Show a bundle: its title, introduction, options and entries in order.</source>
        <translation>번들의 제목, 소개, 옵션, 항목을 순서대로 표시합니다.</translation>
    </message>
    <message>
        <source>bundle show takes the bundle&apos;s name.</source>
        <translation>bundle show에는 번들 이름을 지정합니다.</translation>
    </message>
    <message>
        <source> (in the trash: left out of exports)</source>
        <translation> (휴지통에 있음: 내보내기에서 제외)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>저장된 검색: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>포함: %1</translation>
    </message>
    <message>
        <source>PDF export needs the newsdesk program (it prints with Qt WebEngine), and it was not found next to newsdesk-cli or on PATH.</source>
        <translation>PDF로 내보내려면 newsdesk 프로그램이 필요하지만(Qt WebEngine으로 인쇄함) newsdesk-cli와 같은 위치나 PATH에서 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Printing the PDF failed: %1</source>
        <translation>PDF 인쇄에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>“%1”을(를) %2(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Make and change bundles: named, ordered selections of articles with the curator&apos;s words, which `export --bundle NAME` publishes. `bundle ACTION --help` tells more.</source>
        <translation>번들을 만들고 변경합니다. 번들은 큐레이터의 글이 곁들여진, 이름과 순서가 있는 기사 모음으로 `export --bundle NAME`으로 게시합니다. 자세한 내용은 `bundle ACTION --help`를 참조하십시오.</translation>
    </message>
    <message>
        <source>bundle needs an action: create, set, add, fill, remove, section, blurb, delete, list or show.</source>
        <translation>bundle에는 동작이 필요합니다: create, set, add, fill, remove, section, blurb, delete, list, show.</translation>
    </message>
    <message>
        <source>“%1” is not a bundle action.</source>
        <translation>“%1”은(는) bundle 동작이 아닙니다.</translation>
    </message>
    <message>
        <source>The bundle to export.</source>
        <translation>내보낼 번들.</translation>
    </message>
    <message>
        <source>html (a folder site), html-single, json, atom, rss or pdf.</source>
        <translation>html(폴더 사이트), html-single, json, atom, rss, pdf 중 하나.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file, or for html the folder, to write.</source>
        <translation>기록할 파일(html의 경우 폴더).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Replace output that is already there.</source>
        <translation>이미 있는 출력을 바꿉니다.</translation>
    </message>
    <message>
        <source>Leave the articles&apos; kept images out of HTML exports.</source>
        <translation>HTML 내보내기에서 기사에 보관된 이미지를 뺍니다.</translation>
    </message>
    <message>
        <source>A template folder for the HTML (the built-in one otherwise).</source>
        <translation>HTML용 템플릿 폴더(지정하지 않으면 기본 제공 템플릿).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>A4 or Letter, for pdf.</source>
        <translation>pdf용 A4 또는 Letter.</translation>
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
        <translation>번들을 게시합니다. 파일은 완성된 뒤에만 바뀌며, --force를 지정하지 않으면 이미 있는 출력은 유지됩니다.</translation>
    </message>
    <message>
        <source>export takes only options.</source>
        <translation>export에는 옵션만 지정합니다.</translation>
    </message>
    <message>
        <source>export needs --bundle NAME and --out PATH.</source>
        <translation>export에는 --bundle NAME과 --out PATH가 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not an export format; use html, html-single, json, atom, rss or pdf.</source>
        <translation>“%1”은(는) 내보내기 형식이 아닙니다. html, html-single, json, atom, rss, pdf 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size에는 A4 또는 Letter를 지정합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported “%1” (%n article(s)) to %2.</source>
        <translation>
            <numerusform>“%1”(기사 %n개)을(를) %2(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the library&apos;s path, schema version and counts.</source>
        <translation>라이브러리의 경로, 스키마 버전, 개수를 표시합니다.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info에는 인수가 없습니다.</translation>
    </message>
    <message>
        <source>Library: %1
Schema version: %2
Articles: %3
%4In the trash: %5
Comments: %6 (%7 pending)
</source>
        <translation>라이브러리: %1
스키마 버전: %2
기사: %3
%4휴지통: %5
댓글: %6(대기 중 %7)
</translation>
    </message>
    <message>
        <source>Only articles with this status: new, reviewed, selected or rejected.</source>
        <translation>이 상태의 기사만: new, reviewed, selected, rejected.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; articles (default 100).</source>
        <translation>최대 &lt;n&gt;개의 기사를 나열합니다(기본값 100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>List the trash instead.</source>
        <translation>대신 휴지통을 나열합니다.</translation>
    </message>
    <message>
        <source>List articles, newest first.</source>
        <translation>기사를 최신순으로 나열합니다.</translation>
    </message>
    <message>
        <source>list takes no arguments; use search to find articles.</source>
        <translation>list에는 인수가 없습니다. 기사를 찾으려면 search를 사용하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a status; use new, reviewed, selected or rejected.</source>
        <translation>“%1”은(는) 상태가 아닙니다. new, reviewed, selected, rejected 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit에는 양수가 필요합니다.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show one article with all its fields.</source>
        <translation>기사 하나를 모든 필드와 함께 표시합니다.</translation>
    </message>
    <message>
        <source>show takes one article id.</source>
        <translation>show에는 기사 ID 하나를 지정합니다.</translation>
    </message>
    <message>
        <source>Words: %1
</source>
        <translation>단어 수: %1
</translation>
    </message>
    <message>
        <source>In the trash since %1
</source>
        <translation>%1부터 휴지통에 있음
</translation>
    </message>
    <message>
        <source>Topics: %1
</source>
        <translation>주제: %1
</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (default 20).</source>
        <translation>최대 &lt;n&gt;개의 결과를 표시합니다(기본값 20).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Full-text search over title, dek, byline and body, best match first. Words must all match; &quot;quoted phrases&quot;, OR and NOT work.</source>
        <translation>제목, 부제, 바이라인, 본문을 전문 검색하며 가장 일치하는 결과부터 표시합니다. 모든 단어가 일치해야 하며 &quot;따옴표로 묶은 구문&quot;, OR, NOT을 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search에는 검색어가 필요합니다.</translation>
    </message>
    <message>
        <source>Article %1: changed %2.</source>
        <translation>기사 %1: %2을(를) 변경했습니다.</translation>
    </message>
    <message>
        <source>ID STATUS</source>
        <translation>ID STATUS</translation>
    </message>
    <message>
        <source>Set an article&apos;s status: new, reviewed, selected or rejected.</source>
        <translation>기사의 상태를 설정합니다: new, reviewed, selected, rejected.</translation>
    </message>
    <message>
        <source>set-status takes an article id and a status.</source>
        <translation>set-status에는 기사 ID와 상태를 지정합니다.</translation>
    </message>
    <message>
        <source>ID TEXT</source>
        <translation>ID TEXT</translation>
    </message>
    <message>
        <source>Set the curator note of an article (an empty TEXT clears it).</source>
        <translation>기사의 큐레이터 메모를 설정합니다(TEXT가 비어 있으면 지웁니다).</translation>
    </message>
    <message>
        <source>note takes an article id and the note&apos;s text.</source>
        <translation>note에는 기사 ID와 메모 텍스트를 지정합니다.</translation>
    </message>
    <message>
        <source>ID FIELD=VALUE...</source>
        <translation>ID FIELD=VALUE...</translation>
    </message>
    <message>
        <source>Change fields of an article in one step. Fields: %1. Dates are ISO 8601.</source>
        <translation>기사의 여러 필드를 한 번에 변경합니다. 필드: %1. 날짜는 ISO 8601 형식입니다.</translation>
    </message>
    <message>
        <source>edit takes an article id and at least one FIELD=VALUE.</source>
        <translation>edit에는 기사 ID와 하나 이상의 FIELD=VALUE를 지정합니다.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE with a field among: %2.</source>
        <translation>“%1”은(는) FIELD=VALUE 형식이 아니거나 필드가 다음 중 하나가 아닙니다: %2.</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <source>Bring articles back from the trash.</source>
        <translation>휴지통에서 기사를 되살립니다.</translation>
    </message>
    <message>
        <source>Move articles to the trash; restore brings them back.</source>
        <translation>기사를 휴지통으로 이동합니다. restore로 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Article %1 is not in the trash.</source>
        <translation>기사 %1은(는) 휴지통에 없습니다.</translation>
    </message>
    <message>
        <source>Article %1 is already in the trash.</source>
        <translation>기사 %1은(는) 이미 휴지통에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s).</source>
        <translation>
            <numerusform>기사 %n개를 복원했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash.</source>
        <translation>
            <numerusform>기사 %n개를 휴지통으로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the articles in the trash for good, with their comments and tags.</source>
        <translation>휴지통에 있는 기사를 댓글 및 태그와 함께 영구히 삭제합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>기사 %n개를 영구히 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the fictional sample articles and comments to the library.</source>
        <translation>가상의 예제 기사와 댓글을 라이브러리에 추가합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>예제 기사 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Library path, schema version and counts</source>
        <translation>라이브러리 경로, 스키마 버전, 개수</translation>
    </message>
    <message>
        <source>List articles [--status S] [--limit N] [--trash]</source>
        <translation>기사 나열 [--status S] [--limit N] [--trash]</translation>
    </message>
    <message>
        <source>Show one article</source>
        <translation>기사 하나 표시</translation>
    </message>
    <message>
        <source>Full-text search, best match first</source>
        <translation>전문 검색(가장 일치하는 결과부터)</translation>
    </message>
    <message>
        <source>Set an article&apos;s status</source>
        <translation>기사의 상태 설정</translation>
    </message>
    <message>
        <source>Set an article&apos;s curator note</source>
        <translation>기사의 큐레이터 메모 설정</translation>
    </message>
    <message>
        <source>Change fields of an article</source>
        <translation>기사의 필드 변경</translation>
    </message>
    <message>
        <source>Move articles to the trash</source>
        <translation>기사를 휴지통으로 이동</translation>
    </message>
    <message>
        <source>Bring articles back from the trash</source>
        <translation>휴지통에서 기사 되살리기</translation>
    </message>
    <message>
        <source>Delete the trash for good</source>
        <translation>휴지통 영구 삭제</translation>
    </message>
    <message>
        <source>Add the sample articles</source>
        <translation>예제 기사 추가</translation>
    </message>
    <message>
        <source>Import files, folders, feeds and URLs</source>
        <translation>파일, 폴더, 피드, URL 가져오기</translation>
    </message>
    <message>
        <source>Show, change, export or import the topic tree</source>
        <translation>주제 트리 표시, 변경, 내보내기, 가져오기</translation>
    </message>
    <message>
        <source>Tag an article with topics</source>
        <translation>기사에 주제 태그 지정</translation>
    </message>
    <message>
        <source>Remove topics from an article</source>
        <translation>기사에서 주제 제거</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules [--dry-run]</source>
        <translation>주제 규칙 적용 [--dry-run]</translation>
    </message>
    <message>
        <source>Suggest topics learned from the library&apos;s tags</source>
        <translation>라이브러리의 태그에서 학습한 주제 제안</translation>
    </message>
    <message>
        <source>List, triage or import reader comments</source>
        <translation>독자 댓글 나열, 분류, 가져오기</translation>
    </message>
    <message>
        <source>Approve, reject or mark comments as spam</source>
        <translation>댓글 승인, 거부 또는 스팸으로 표시</translation>
    </message>
    <message>
        <source>Show or change moderation settings, print the log</source>
        <translation>검토 설정 표시 또는 변경, 로그 출력</translation>
    </message>
    <message>
        <source>Make and change curated bundles</source>
        <translation>큐레이션 번들 만들기 및 변경</translation>
    </message>
    <message>
        <source>Export a bundle as HTML, JSON, Atom, RSS or PDF</source>
        <translation>번들을 HTML, JSON, Atom, RSS 또는 PDF로 내보내기</translation>
    </message>
    <message>
        <source>Extract articles from files, without a library</source>
        <translation>라이브러리 없이 파일에서 기사 추출</translation>
    </message>
    <message>
        <source>Use the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>&lt;path&gt;에 있는 라이브러리 파일을 사용합니다(기본값: $NEWSDESK_LIBRARY 또는 %1).</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>스크립트용으로 결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>newsdesk-cli: %1</source>
        <translation>newsdesk-cli: %1</translation>
    </message>
    <message>
        <source>Try “newsdesk-cli --help”.</source>
        <translation>“newsdesk-cli --help”를 실행해 보십시오.</translation>
    </message>
    <message>
        <source>Give at least one article id.</source>
        <translation>기사 ID를 하나 이상 지정하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not an article id.</source>
        <translation>“%1”은(는) 기사 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: %2, %3 added, %4 already there, %5 skipped
</source>
        <translation>%1: %2, %3개 추가, %4개 이미 있음, %5개 건너뜀
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  %1 건너뜀: %2
</translation>
    </message>
    <message>
        <source>  issue: %1
</source>
        <translation>  문제: %1
</translation>
    </message>
    <message>
        <source>Attach comments whose file names no article (the YouTube Spam Collection, a CSV without article_url or article_id) to the article with this id.</source>
        <translation>기사를 지정하지 않은 파일(YouTube Spam Collection, article_url 또는 article_id가 없는 CSV)의 댓글을 이 ID의 기사에 붙입니다.</translation>
    </message>
    <message>
        <source>Read the files as %1 instead of recognising the format from their content.</source>
        <translation>내용에서 형식을 인식하는 대신 파일을 %1(으)로 읽습니다.</translation>
    </message>
    <message>
        <source>Take spam labels (the YouTube Spam Collection&apos;s CLASS) as moderation statuses: 1 spam, 0 approved. Without it they are ignored and the comments are pending.</source>
        <translation>스팸 레이블(YouTube Spam Collection의 CLASS)을 검토 상태로 사용합니다: 1은 스팸, 0은 승인됨. 지정하지 않으면 레이블을 무시하고 댓글은 대기 중이 됩니다.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Import reader comments from WordPress (WXR) or Disqus exports, CSV or JSON files. Each comment goes to its article in the library (by address or id); comments of articles the library does not have are skipped. Importing a file again adds nothing. Exits with 1 when a file could not be imported.</source>
        <translation>WordPress(WXR) 또는 Disqus 내보내기, CSV 또는 JSON 파일에서 독자 댓글을 가져옵니다. 각 댓글은 라이브러리에 있는 해당 기사(주소 또는 ID 기준)에 들어가며, 라이브러리에 없는 기사의 댓글은 건너뜁니다. 같은 파일을 다시 가져와도 아무것도 추가되지 않습니다. 가져올 수 없는 파일이 있으면 종료 코드 1로 끝납니다.</translation>
    </message>
    <message>
        <source>comments import needs at least one file.</source>
        <translation>comments import에는 파일이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use %2.</source>
        <translation>“%1”은(는) 댓글 형식이 아닙니다. %2 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>Read folders with their subfolders.</source>
        <translation>폴더를 하위 폴더까지 읽습니다.</translation>
    </message>
    <message>
        <source>FILE|FOLDER...</source>
        <translation>FILE|FOLDER...</translation>
    </message>
    <message>
        <source>Extract articles from pages, text files and feeds without touching a library. With --json, prints one JSON object per article, one per line.</source>
        <translation>라이브러리를 건드리지 않고 페이지, 텍스트 파일, 피드에서 기사를 추출합니다. --json을 지정하면 기사마다 JSON 객체를 한 줄에 하나씩 출력합니다.</translation>
    </message>
    <message>
        <source>extract needs at least one file or folder.</source>
        <translation>extract에는 파일 또는 폴더가 하나 이상 필요합니다.</translation>
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
  제목: %3
  바이라인: %4
  데이트라인: %5  통신사: %6  출처: %7
  게재일: %8  언어: %9
</translation>
    </message>
    <message>
        <source>  lists %1</source>
        <translation>  %1 나열</translation>
    </message>
    <message>
        <source>PATH|URL...</source>
        <translation>PATH|URL...</translation>
    </message>
    <message>
        <source>Import pages, text files, feeds, OPML lists, folders and URLs into the library. Duplicates are skipped; another site&apos;s copy of a story is linked to it. With --json, prints one JSON object per input, one per line.</source>
        <translation>페이지, 텍스트 파일, 피드, OPML 목록, 폴더, URL을 라이브러리로 가져옵니다. 중복 항목은 건너뛰고, 다른 사이트에 실린 같은 소식은 원래 기사에 연결합니다. --json을 지정하면 입력마다 JSON 객체를 한 줄에 하나씩 출력합니다.</translation>
    </message>
    <message>
        <source>import needs at least one file, folder or URL.</source>
        <translation>import에는 파일, 폴더 또는 URL이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3/s, %4 s left)</source>
        <translation>%1/%2(%3/초, %4초 남음)</translation>
    </message>
    <message>
        <source>Only comments with this status: pending, approved, spam or rejected.</source>
        <translation>이 상태의 댓글만: pending, approved, spam, rejected.</translation>
    </message>
    <message>
        <source>Only the comments of this article.</source>
        <translation>이 기사의 댓글만.</translation>
    </message>
    <message>
        <source>Only comments whose author&apos;s name, email or IP address is this.</source>
        <translation>작성자 이름, 이메일 또는 IP 주소가 이 값인 댓글만.</translation>
    </message>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <source>List at most &lt;n&gt; comments (default 100).</source>
        <translation>최대 &lt;n&gt;개의 댓글을 나열합니다(기본값 100).</translation>
    </message>
    <message>
        <source>[triage | import FILE... | add ARTICLE_ID TEXT]</source>
        <translation>[triage | import FILE... | add ARTICLE_ID TEXT]</translation>
    </message>
    <message>
        <source>List reader comments, newest first. `comments triage` proposes moderation decisions for the pending ones; `comments import` reads comment files.</source>
        <translation>독자 댓글을 최신순으로 나열합니다. `comments triage`는 대기 중인 댓글에 대한 검토 결정을 제안하고, `comments import`는 댓글 파일을 읽습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a comments action; use triage, import or add.</source>
        <translation>“%1”은(는) comments 동작이 아닙니다. triage, import, add 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a comment status; use pending, approved, spam or rejected.</source>
        <translation>“%1”은(는) 댓글 상태가 아닙니다. pending, approved, spam, rejected 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>Make the proposed decisions (and store the scores), in one step.</source>
        <translation>제안된 결정을 한 번에 적용합니다(점수도 저장).</translation>
    </message>
    <message>
        <source>[--apply]</source>
        <translation>[--apply]</translation>
    </message>
    <message>
        <source>Propose a status for every pending comment, with the spam filter&apos;s score and the reason: the moderation rules (see `moderation config`), and a spam filter trained on the library&apos;s approved and spam comments. A disallowed key makes spam; then a score at or above spam_threshold; then moderation keys, links, floods, shouting and duplicates keep a comment pending; a known author is approved. Nothing changes without --apply.</source>
        <translation>대기 중인 모든 댓글에 대해 스팸 필터 점수 및 이유와 함께 상태를 제안합니다. 근거는 검토 규칙(`moderation config` 참조)과 라이브러리의 승인된 댓글 및 스팸 댓글로 학습한 스팸 필터입니다. 금지 키워드가 있으면 스팸, 다음으로 점수가 spam_threshold 이상이면 스팸, 다음으로 검토 키워드, 링크, 연속 게시, 대문자 남용, 중복이 있으면 대기 중으로 두고, 알려진 작성자는 승인합니다. --apply를 지정하지 않으면 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>comments triage takes no arguments besides --apply.</source>
        <translation>comments triage에는 --apply 외의 인수가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s); rules only: %1</source>
        <translation>
            <numerusform>대기 중인 댓글 %n개. 규칙만 사용: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>바꿀 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing changed; run with --apply to make these decisions.</source>
        <translation>아무것도 바뀌지 않았습니다. 이 결정을 적용하려면 --apply를 지정하여 실행하십시오.</translation>
    </message>
    <message>
        <source>[KEY=VALUE...]</source>
        <translation>[KEY=VALUE...]</translation>
    </message>
    <message>
        <source>Show the library&apos;s moderation settings, or change them: all the given KEY=VALUE pairs or none. Keys: %1. moderation_keys and disallowed_keys take their keys one per line or separated by commas; on/off settings take on or off; shares take a number from 0 to 1.</source>
        <translation>라이브러리의 검토 설정을 표시하거나 변경합니다. 지정한 KEY=VALUE 쌍을 모두 적용하거나 하나도 적용하지 않습니다. 키: %1. moderation_keys와 disallowed_keys에는 키워드를 한 줄에 하나씩 또는 쉼표로 구분하여 지정합니다. 켜기/끄기 설정에는 on 또는 off를, 비율에는 0에서 1 사이의 숫자를 지정합니다.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE; the keys are: %2.</source>
        <translation>“%1”은(는) KEY=VALUE 형식이 아닙니다. 사용할 수 있는 키: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>설정 %n개를 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the log as CSV (RFC 4180, UTF-8).</source>
        <translation>로그를 CSV(RFC 4180, UTF-8)로 출력합니다.</translation>
    </message>
    <message>
        <source>Only the decisions about this comment.</source>
        <translation>이 댓글에 대한 결정만.</translation>
    </message>
    <message>
        <source>[--json | --csv] [--comment ID]</source>
        <translation>[--json | --csv] [--comment ID]</translation>
    </message>
    <message>
        <source>Print the moderation log, oldest first: when, which comment, who (curator, rules, filter), from which status to which, and why.</source>
        <translation>검토 로그를 오래된 순서로 출력합니다: 시각, 댓글, 결정 주체(큐레이터, 규칙, 필터), 이전 상태와 새 상태, 이유.</translation>
    </message>
    <message>
        <source>moderation log takes no arguments besides its options.</source>
        <translation>moderation log에는 옵션 외의 인수가 없습니다.</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>--json과 --csv 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a comment id.</source>
        <translation>“%1”은(는) 댓글 ID가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>결정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The comment&apos;s author (required).</source>
        <translation>댓글 작성자(필수).</translation>
    </message>
    <message>
        <source>The author&apos;s email address.</source>
        <translation>작성자의 이메일 주소.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Answer this comment, which must be on the same article.</source>
        <translation>이 댓글에 답글을 답니다. 같은 기사의 댓글이어야 합니다.</translation>
    </message>
    <message>
        <source>pending, approved (the default: the curator wrote it), spam or rejected.</source>
        <translation>pending, approved(기본값: 큐레이터가 작성함), spam 또는 rejected.</translation>
    </message>
    <message>
        <source>ARTICLE_ID --author NAME TEXT</source>
        <translation>ARTICLE_ID --author NAME TEXT</translation>
    </message>
    <message>
        <source>Add a comment written by the curator to an article, or as a reply to one of its comments. Words after the article id are the text.</source>
        <translation>큐레이터가 작성한 댓글을 기사에 추가하거나 기사 댓글에 대한 답글로 추가합니다. 기사 ID 뒤의 단어가 텍스트가 됩니다.</translation>
    </message>
    <message>
        <source>comments add takes an article id and the comment&apos;s text.</source>
        <translation>comments add에는 기사 ID와 댓글 텍스트를 지정합니다.</translation>
    </message>
    <message>
        <source>comments add needs --author.</source>
        <translation>comments add에는 --author가 필요합니다.</translation>
    </message>
    <message>
        <source>The comment has no text.</source>
        <translation>댓글에 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Comment %1 is on article %2, not on article %3.</source>
        <translation>댓글 %1은(는) 기사 %3이 아니라 기사 %2에 달려 있습니다.</translation>
    </message>
    <message>
        <source>Added comment %1 (%2).
</source>
        <translation>댓글 %1(%2)을(를) 추가했습니다.
</translation>
    </message>
    <message>
        <source>Record &lt;text&gt; as the decision&apos;s reason.</source>
        <translation>&lt;text&gt;를 결정 이유로 기록합니다.</translation>
    </message>
    <message>
        <source>COMMENT_ID... approve|spam|reject|pending</source>
        <translation>COMMENT_ID... approve|spam|reject|pending</translation>
    </message>
    <message>
        <source>Decide about comments as the curator: approve them, mark them as spam, reject them or put them back to pending. The decision is logged.</source>
        <translation>큐레이터로서 댓글을 결정합니다: 승인, 스팸으로 표시, 거부 또는 다시 대기 중으로 되돌리기. 결정은 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>moderate takes comment ids and then approve, spam, reject or pending.</source>
        <translation>moderate에는 댓글 ID와 그 뒤에 approve, spam, reject, pending 중 하나를 지정합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a decision; use approve, spam, reject or pending.</source>
        <translation>“%1”은(는) 결정이 아닙니다. approve, spam, reject, pending 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>Comment %1: %2 → %3
</source>
        <translation>댓글 %1: %2 → %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) already had that status.</source>
        <translation>
            <numerusform>댓글 %n개는 이미 해당 상태였습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>config [KEY=VALUE...] | log</source>
        <translation>config [KEY=VALUE...] | log</translation>
    </message>
    <message>
        <source>Show or change the moderation settings (`moderation config`), or print the moderation log (`moderation log`).</source>
        <translation>검토 설정을 표시 또는 변경하거나(`moderation config`) 검토 로그를 출력합니다(`moderation log`).</translation>
    </message>
    <message>
        <source>moderation needs an action: config or log.</source>
        <translation>moderation에는 동작이 필요합니다: config 또는 log.</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action; use config or log.</source>
        <translation>“%1”은(는) moderation 동작이 아닙니다. config 또는 log를 사용하십시오.</translation>
    </message>
    <message>
        <source>At most this many topics per article (default 5).</source>
        <translation>기사당 최대 주제 수(기본값 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Suggest for every article, tagged or not.</source>
        <translation>태그 여부와 관계없이 모든 기사에 대해 제안합니다.</translation>
    </message>
    <message>
        <source>Also list topics under their decision threshold, for ranking.</source>
        <translation>순위 확인을 위해 결정 임계값 미만의 주제도 나열합니다.</translation>
    </message>
    <message>
        <source>[--all | ID...]</source>
        <translation>[--all | ID...]</translation>
    </message>
    <message>
        <source>Suggest topics for articles (by default the ones no curator has tagged; rule tags do not count) from a classifier trained on the library&apos;s confirmed tags and rejections. A topic is suggested when its confidence (0–1) reaches its threshold, tuned on held-back articles of the library.</source>
        <translation>라이브러리에서 확정된 태그와 거부 내역으로 학습한 분류기를 사용하여 기사에 주제를 제안합니다(기본적으로 큐레이터가 태그를 지정하지 않은 기사 대상이며, 규칙 태그는 포함되지 않음). 주제의 신뢰도(0–1)가 임계값에 도달하면 제안되며, 임계값은 라이브러리에서 따로 떼어 둔 기사로 조정합니다.</translation>
    </message>
    <message>
        <source>Give either --all or article ids, not both.</source>
        <translation>--all과 기사 ID 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>기사 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>ID가 %1인 주제가 없습니다.</translation>
    </message>
    <message>
        <source>There is no topic “%1”.</source>
        <translation>주제 “%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>“%1” names %2 topics; give its path (Parent/Name) or its id.</source>
        <translation>“%1”에 해당하는 주제가 %2개입니다. 경로(Parent/Name) 또는 ID를 지정하십시오.</translation>
    </message>
    <message>
        <source>Write the taxonomy to &lt;file&gt; instead of printing it; the file is replaced only once the export is complete.</source>
        <translation>분류 체계를 출력하는 대신 &lt;file&gt;에 기록합니다. 파일은 내보내기가 완료된 뒤에만 바뀝니다.</translation>
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
        <translation>라이브러리의 주제 분류 체계를 JSON(newsdesk-taxonomy 형식)으로 출력합니다. 모든 주제를 설명, 색상, 코드, 규칙과 함께 트리 순서로 출력합니다. `topics import`로 다른 라이브러리에 다시 읽어 들일 수 있습니다.</translation>
    </message>
    <message>
        <source>topics export takes no arguments; use --output FILE to write a file.</source>
        <translation>topics export에는 인수가 없습니다. 파일로 기록하려면 --output FILE을 사용하십시오.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output에는 파일 이름이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n topic(s) to %1.</source>
        <translation>
            <numerusform>주제 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the topics below &lt;topic&gt; (id, name or path) instead of at the top level.</source>
        <translation>최상위 대신 &lt;topic&gt;(ID, 이름 또는 경로) 아래에 주제를 추가합니다.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>Import the full IPTC Media Topics tree that comes with Newsdesk instead of a file.</source>
        <translation>파일 대신 Newsdesk에 포함된 전체 IPTC Media Topics 트리를 가져옵니다.</translation>
    </message>
    <message>
        <source>FILE | --iptc</source>
        <translation>FILE | --iptc</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file written by `topics export`, or with --iptc the full IPTC Media Topics tree. A topic whose name is already there (under the same parent) is kept and only its new subtopics are added, so importing the same file twice adds nothing. The import is one step: if the file is malformed, the library is left unchanged.</source>
        <translation>`topics export`로 작성한 분류 체계 파일의 주제를 추가하거나, --iptc를 지정하면 전체 IPTC Media Topics 트리를 추가합니다. (같은 상위 주제 아래에) 이름이 같은 주제가 이미 있으면 그대로 두고 새 하위 주제만 추가하므로, 같은 파일을 두 번 가져와도 아무것도 추가되지 않습니다. 가져오기는 한 단계로 이루어지며, 파일 형식이 잘못되었으면 라이브러리는 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>topics import --iptc takes no file.</source>
        <translation>topics import --iptc에는 파일을 지정하지 않습니다.</translation>
    </message>
    <message>
        <source>topics import takes one taxonomy file, or --iptc.</source>
        <translation>topics import에는 분류 체계 파일 하나 또는 --iptc를 지정합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n topic(s); %1 already in the library.</source>
        <translation>
            <numerusform>주제 %n개를 추가했습니다. %1개는 이미 라이브러리에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>With add: the parent topic.</source>
        <translation>add와 함께: 상위 주제.</translation>
    </message>
    <message>
        <source>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC | export | import FILE]</source>
        <translation>[add NAME | rename TOPIC NAME | move TOPIC PARENT | merge FROM INTO | delete TOPIC | export | import FILE]</translation>
    </message>
    <message>
        <source>Show the topic tree with article counts, or change it. A topic is given by id, name or path (Parent/Name); &quot;-&quot; as PARENT is the top level. Run &quot;topics export --help&quot; and &quot;topics import --help&quot; for exchanging taxonomies as JSON.</source>
        <translation>주제 트리를 기사 수와 함께 표시하거나 변경합니다. 주제는 ID, 이름 또는 경로(Parent/Name)로 지정하며, PARENT에 &quot;-&quot;를 지정하면 최상위입니다. 분류 체계를 JSON으로 주고받으려면 &quot;topics export --help&quot;와 &quot;topics import --help&quot;를 실행하십시오.</translation>
    </message>
    <message>
        <source>Added topic %1.</source>
        <translation>주제 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Renamed topic %1.</source>
        <translation>주제 %1의 이름을 바꿨습니다.</translation>
    </message>
    <message>
        <source>Moved topic %1.</source>
        <translation>주제 %1을(를) 이동했습니다.</translation>
    </message>
    <message>
        <source>Merged topic %1 into %2.</source>
        <translation>주제 %1을(를) %2에 병합했습니다.</translation>
    </message>
    <message>
        <source>topics takes no arguments, or one of: add NAME, rename TOPIC NAME, move TOPIC PARENT, merge FROM INTO, delete TOPIC, export, import FILE.</source>
        <translation>topics에는 인수를 지정하지 않거나 다음 중 하나를 지정합니다: add NAME, rename TOPIC NAME, move TOPIC PARENT, merge FROM INTO, delete TOPIC, export, import FILE.</translation>
    </message>
    <message>
        <source>ID TOPIC...</source>
        <translation>ID TOPIC...</translation>
    </message>
    <message>
        <source>Tag an article with topics (by id, name or path).</source>
        <translation>기사에 주제 태그를 지정합니다(ID, 이름 또는 경로로).</translation>
    </message>
    <message>
        <source>Remove topics from an article.</source>
        <translation>기사에서 주제를 제거합니다.</translation>
    </message>
    <message>
        <source>%1 takes an article id and at least one topic.</source>
        <translation>%1에는 기사 ID와 하나 이상의 주제를 지정합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) added.</source>
        <translation>
            <numerusform>기사 %1: 주제 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Article %1: %n topic(s) removed.</source>
        <translation>
            <numerusform>기사 %1: 주제 %n개를 제거했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the rules would tag, change nothing.</source>
        <translation>규칙이 지정할 태그를 표시만 하고 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Apply the topics&apos; rules to every article in the library.</source>
        <translation>라이브러리의 모든 기사에 주제 규칙을 적용합니다.</translation>
    </message>
    <message>
        <source>rules takes one action: apply.</source>
        <translation>rules에는 동작 하나를 지정합니다: apply.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be added.</source>
        <translation>
            <numerusform>태그 %n개가 추가될 예정입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>태그 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: newsdesk-cli [--library PATH] COMMAND [options] [--json]

Curate a Newsdesk library from the command line.

Commands:
</source>
        <translation>사용법: newsdesk-cli [--library PATH] COMMAND [options] [--json]

명령줄에서 Newsdesk 라이브러리를 큐레이션합니다.

명령:
</translation>
    </message>
    <message>
        <source>
Run “newsdesk-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
명령의 옵션을 보려면 “newsdesk-cli COMMAND --help”를 실행하십시오.
종료 코드: 0 성공, 1 실패, 2 사용법 오류.
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1”은(는) 명령이 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) approved.</source>
        <translation>
            <numerusform>댓글 %n개를 승인했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) marked as spam.</source>
        <translation>
            <numerusform>댓글 %n개를 스팸으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) rejected.</source>
        <translation>
            <numerusform>댓글 %n개를 거부했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) returned to pending.</source>
        <translation>
            <numerusform>댓글 %n개를 다시 대기 중으로 되돌렸습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n comment(s) added.</source>
        <translation>
            <numerusform>총 댓글 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n개는 이미 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <extracomment>Follows &quot;In all: %n comment(s) added.&quot;; %n counts comments.</extracomment>
        <translation>
            <numerusform>%n개는 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>파일 %n개를 처리하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n단어</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>댓글 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in all.</source>
        <translation>
            <numerusform>전체 댓글 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <extracomment>Follows &quot;%n comment(s) in all.&quot;; %n counts the comments listed.</extracomment>
        <translation>
            <numerusform>%n개 표시.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending comment(s).</source>
        <translation>
            <numerusform>대기 중인 댓글 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>스팸 필터가 승인된 댓글 %n개로 학습했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>스팸 댓글 %n개로도 학습했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spam from a score of %1.</source>
        <extracomment>The spam threshold: comments that score %1 or more count as spam.</extracomment>
        <translation>점수가 %1 이상이면 스팸입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>기사 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The classifier knows %n topic(s).</source>
        <translation>
            <numerusform>분류기가 아는 주제는 %n개입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learned them from %n article(s).</source>
        <extracomment>Follows &quot;The classifier knows %n topic(s).&quot;; %n counts the articles it learned from.</extracomment>
        <translation>
            <numerusform>기사 %n개로 학습했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation>
            <numerusform>주제 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) went with them.</source>
        <extracomment>Follows &quot;Deleted %n topic(s).&quot;; &quot;them&quot; are the deleted topics, %n counts their tags.</extracomment>
        <translation>
            <numerusform>해당 태그 %n개도 함께 삭제되었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImport</name>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports comment files of up to %3 MB.</source>
        <translation>“%1”의 크기는 %2MB입니다. Newsdesk는 %3MB 이하의 댓글 파일만 가져옵니다.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a comment format; use one of: %2.</source>
        <translation>“%1”은(는) 댓글 형식이 아닙니다. 다음 중 하나를 사용하십시오: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a comment file Newsdesk knows: a WordPress export (WXR), a Disqus export, JSON, or CSV with a header row that has a “text” column.</source>
        <translation>“%1”은(는) Newsdesk가 아는 댓글 파일이 아닙니다. WordPress 내보내기(WXR), Disqus 내보내기, JSON 또는 “text” 열이 있는 머리글 행을 포함한 CSV여야 합니다.</translation>
    </message>
    <message>
        <source>Could not read “%1” as %2: %3</source>
        <translation>“%1”을(를) %2(으)로 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>“%1”은(는) 폴더입니다.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>There is no article %1 in the library; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>라이브러리에 기사 %1이(가) 없으므로 해당 댓글 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article in the library has the address “%1”; its %n comment(s) were skipped.</source>
        <translation>
            <numerusform>라이브러리에 주소가 “%1”인 기사가 없으므로 해당 댓글 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>their article is not in the library</source>
        <translation>해당 기사가 라이브러리에 없음</translation>
    </message>
    <message>
        <source>the same comment appears twice in the file</source>
        <translation>같은 댓글이 파일에 두 번 있음</translation>
    </message>
    <message>
        <source>%1 answers itself; it was imported as a top-level comment.</source>
        <translation>%1은(는) 자기 자신에 대한 답글이므로 최상위 댓글로 가져왔습니다.</translation>
    </message>
    <message>
        <source>%1 answers “%2”, which is neither in the file nor in the library; it was imported as a top-level comment.</source>
        <translation>%1은(는) 파일에도 라이브러리에도 없는 “%2”에 대한 답글이므로 최상위 댓글로 가져왔습니다.</translation>
    </message>
    <message>
        <source>%1 is part of a circle of replies; it was imported as a top-level comment.</source>
        <translation>%1은(는) 순환하는 답글의 일부이므로 최상위 댓글로 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentImportController</name>
    <message>
        <source>Stop after the file being imported; the files done so far stay</source>
        <translation>가져오는 중인 파일까지만 처리하고 중지합니다. 지금까지 처리한 파일은 유지됩니다</translation>
    </message>
    <message>
        <source>Import Comments</source>
        <translation>댓글 가져오기</translation>
    </message>
    <message>
        <source>Comment files (*.xml *.wxr *.json *.csv);;All files (*)</source>
        <translation>댓글 파일 (*.xml *.wxr *.json *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Importing comments…</source>
        <translation>댓글을 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Importing comments: file %1 of %2</source>
        <translation>댓글 가져오는 중: 파일 %1/%2</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 added, %L4 already there, %L5 skipped</source>
        <translation>%1 (%2): %L3개 추가, %L4개 이미 있음, %L5개 건너뜀</translation>
    </message>
    <message>
        <source>    skipped %L1: %2</source>
        <translation>    %L1개 건너뜀: %2</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added, %L1 already there, %L2 skipped.</source>
        <translation>
            <numerusform>댓글 %n개 추가, %L1개 이미 있음, %L2개 건너뜀.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>파일 %n개를 가져올 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not reached were left alone.</source>
        <translation>취소됨: 처리하지 못한 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Comments Imported</source>
        <translation>댓글 가져오기 완료</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReader</name>
    <message>
        <source>article %1</source>
        <translation>기사 %1</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>댓글 “%1”</translation>
    </message>
    <message>
        <source>The comment at %1</source>
        <translation>%1 위치의 댓글</translation>
    </message>
    <message>
        <source>The file declares XML entities, which comment exports never do; it is refused because entities can expand a small file into gigabytes.</source>
        <translation>파일에 XML 엔터티가 선언되어 있습니다. 댓글 내보내기 파일에는 엔터티가 없으며, 엔터티는 작은 파일을 기가바이트 크기로 부풀릴 수 있으므로 이 파일을 거부합니다.</translation>
    </message>
    <message>
        <source>The file holds no XML element.</source>
        <translation>파일에 XML 요소가 없습니다.</translation>
    </message>
    <message>
        <source>The XML ends too early (line %1): the file is incomplete.</source>
        <translation>XML이 너무 일찍 끝납니다(%1행). 파일이 불완전합니다.</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>%1행 %2열의 XML 형식이 잘못되었습니다: %3</translation>
    </message>
    <message>
        <source>%1 is %2 KiB long; its text was cut to the first 64 KiB.</source>
        <translation>%1의 길이가 %2KiB이므로 텍스트를 처음 64KiB까지만 남기고 잘랐습니다.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a moderation status (pending, approved, spam or rejected); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>“%1”은(는) 검토 상태(pending, approved, spam, rejected)가 아닙니다. 이 상태의 댓글 %n개는 대기 중으로 처리합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more issue(s).</source>
        <translation>
            <numerusform>… 그 밖에 문제 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file names no article for them</source>
        <translation>파일에 해당 기사가 지정되어 있지 않음</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>텍스트 없음</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentReadingPane</name>
    <message>
        <source>Anonymous</source>
        <translation>익명</translation>
    </message>
    <message>
        <source>Select a comment to read it and its conversation.</source>
        <translation>읽을 댓글을 선택하면 대화와 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>Conversation (%L1)</source>
        <translation>대화(%L1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>웹 사이트</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>스팸 점수</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>점수 없음</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier comment(s) not shown</source>
        <translation>
            <numerusform>이전 댓글 %n개 표시 안 함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later comment(s) not shown</source>
        <translation>
            <numerusform>이후 댓글 %n개 표시 안 함</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>결정 주체</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>결정 일시</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentRepository</name>
    <message>
        <source>A reply comes before the comment it answers.</source>
        <translation>답글이 원래 댓글보다 앞에 있습니다.</translation>
    </message>
    <message>
        <source>No comment of article %1 has the id “%2”.</source>
        <translation>기사 %1의 댓글 중 ID가 “%2”인 댓글이 없습니다.</translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation>댓글 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>undone</source>
        <extracomment>The reason the moderation log gives for a decision that was undone.</extracomment>
        <translation>실행 취소됨</translation>
    </message>
    <message>
        <source>The comment could not be added.</source>
        <translation>댓글을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The comment could not be looked up.</source>
        <translation>댓글을 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>The comments could not be looked up.</source>
        <translation>댓글을 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>The comments could not be counted.</source>
        <translation>댓글 수를 셀 수 없습니다.</translation>
    </message>
    <message>
        <source>The comment could not be read.</source>
        <translation>댓글을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>댓글을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>대화를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The article&apos;s comments could not be read.</source>
        <translation>기사의 댓글을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>결정을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be changed.</source>
        <translation>댓글 상태를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>The comment&apos;s status could not be restored.</source>
        <translation>댓글 상태를 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>The spam scores could not be stored.</source>
        <translation>스팸 점수를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>검토 로그를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation>댓글을 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CommentText</name>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>스팸</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateArticle</name>
    <message>
        <source>New article “%1”</source>
        <translation>새 기사 “%1”</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateBundle</name>
    <message>
        <source>New Bundle “%1”</source>
        <translation>새 번들 “%1”</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Duplicate Bundle “%1”</source>
        <translation>번들 “%1” 복제</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CreateTopic</name>
    <message>
        <source>New topic “%1”</source>
        <translation>새 주제 “%1”</translation>
    </message>
</context>
<context>
    <name>Newsdesk::CsvCommentReader</name>
    <message>
        <source>the quoted field opened on line %1 is never closed.</source>
        <translation>%1행에서 시작된 따옴표 필드가 닫히지 않습니다.</translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a field.</source>
        <translation>%1행: 필드의 닫는 따옴표 뒤에 텍스트가 있습니다.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The first row of the file is not a header Newsdesk knows: it needs a “text” column (or “CONTENT”, as in the YouTube Spam Collection).</source>
        <translation>파일의 첫 행이 Newsdesk가 아는 머리글이 아닙니다. “text” 열(또는 YouTube Spam Collection처럼 “CONTENT” 열)이 필요합니다.</translation>
    </message>
    <message>
        <source>CSV (YouTube Spam Collection)</source>
        <translation>CSV(YouTube Spam Collection)</translation>
    </message>
    <message>
        <source>A YouTube Spam Collection file names no article: give the article its comments belong to (--article ID).</source>
        <translation>YouTube Spam Collection 파일에는 기사가 지정되어 있지 않습니다. 댓글이 속한 기사를 지정하십시오(--article ID).</translation>
    </message>
    <message>
        <source>The file names no article for its comments (no article_url or article_id column): give the article they belong to (--article ID).</source>
        <translation>파일에 댓글이 속한 기사가 지정되어 있지 않습니다(article_url 또는 article_id 열 없음). 댓글이 속한 기사를 지정하십시오(--article ID).</translation>
    </message>
    <message numerus="yes">
        <source>Ignored the column(s) %1, which Newsdesk does not import.</source>
        <translation>
            <numerusform>Newsdesk가 가져오지 않는 열 %1을(를) 무시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CLASS column is a spam label from a data set, not a moderation decision: the comments are left pending (take it as their status with --labels-as-status).</source>
        <translation>CLASS 열은 데이터 세트의 스팸 레이블이며 검토 결정이 아니므로 댓글은 대기 중으로 둡니다(이 값을 상태로 사용하려면 --labels-as-status 지정).</translation>
    </message>
    <message>
        <source>the row does not have as many fields as the header</source>
        <translation>행의 필드 수가 머리글과 다름</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id가 숫자가 아님</translation>
    </message>
    <message>
        <source>The CSV file is malformed: %1</source>
        <translation>CSV 파일 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>%1행: “%2”은(는) 기사 ID가 아니므로 댓글을 건너뛰었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a CLASS label (1 or 0); %n comment(s) with it count as pending.</source>
        <translation>
            <numerusform>“%1”은(는) CLASS 레이블(1 또는 0)이 아닙니다. 이 값의 댓글 %n개는 대기 중으로 처리합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no article and were skipped.</source>
        <translation>
            <numerusform>기사가 지정되지 않은 행 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had a posted_at that is not an ISO 8601 date (the first on line %1); they were imported without a date.</source>
        <translation>
            <numerusform>행 %n개의 posted_at이 ISO 8601 날짜가 아니므로(첫 번째는 %1행) 날짜 없이 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>http(s) 링크가 아닌 작성자 주소 %n개를 제외했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the header has %2; it was skipped.</source>
        <translation>
            <numerusform>%1행의 필드는 %n개이지만 머리글의 필드는 %2개이므로 이 행을 건너뛰었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteBundle</name>
    <message>
        <source>Delete Bundle “%1”</source>
        <translation>번들 “%1” 삭제</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DeleteTopic</name>
    <message>
        <source>Delete topic “%1”</source>
        <translation>주제 “%1” 삭제</translation>
    </message>
</context>
<context>
    <name>Newsdesk::DisqusCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Disqus export</source>
        <translation>Disqus 내보내기</translation>
    </message>
    <message>
        <source>This is not a Disqus export: its root element is &lt;%1&gt;, not &lt;disqus&gt;.</source>
        <translation>Disqus 내보내기가 아닙니다. 루트 요소가 &lt;disqus&gt;가 아니라 &lt;%1&gt;입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) belong to the thread “%1”, which is not in the file (or has no &lt;link&gt;).</source>
        <translation>
            <numerusform>게시물 %n개가 파일에 없는(또는 &lt;link&gt;가 없는) 스레드 “%1”에 속해 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>게시물 %n개의 날짜를 날짜로 읽을 수 없어 날짜 없이 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>http(s) 링크가 아닌 작성자 주소 %n개를 제외했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::DroppedInputs</name>
    <message>
        <source>dropped HTML</source>
        <translation>끌어다 놓은 HTML</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>끌어다 놓은 텍스트</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleBlurb</name>
    <message>
        <source>Edit Blurb</source>
        <translation>소개글 편집</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditBundleDetails</name>
    <message>
        <source>Edit Bundle “%1”</source>
        <translation>번들 “%1” 편집</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EditTopic</name>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>주제 “%1”의 이름을 “%2”(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Change topic “%1”</source>
        <translation>주제 “%1” 변경</translation>
    </message>
</context>
<context>
    <name>Newsdesk::EmptyLibraryBanner</name>
    <message>
        <source>This library is empty. Import articles, write one (Ctrl+N), or start with a dozen fictional sample articles to try Newsdesk out.</source>
        <translation>이 라이브러리는 비어 있습니다. 기사를 가져오거나 직접 작성(Ctrl+N)하거나, 가상의 예제 기사 십여 개로 Newsdesk를 체험해 보십시오.</translation>
    </message>
    <message>
        <source>Load &amp;Sample Articles</source>
        <translation>예제 기사 불러오기(&amp;S)</translation>
    </message>
    <message>
        <source>No, Thanks</source>
        <translation>사용 안 함</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ExportOutput</name>
    <message>
        <source>No output path was given.</source>
        <translation>출력 경로를 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>“%1”에 기록할 수 없습니다. 폴더 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or confirm replacing it (--force on the command line).</source>
        <translation>“%1”이(가) 이미 있습니다. 다른 이름을 선택하거나 바꾸기를 확인하십시오(명령줄에서는 --force).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>“%1”에 기록할 수 없습니다. 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot create a working folder beside “%1”: %2</source>
        <translation>“%1” 옆에 작업 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>“%1”의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1”에 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; “%1” was left as it was.</source>
        <translation>내보내기가 취소되었습니다. “%1”은(는) 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside: %2</source>
        <translation>“%1”을(를) 옆으로 옮길 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside.</source>
        <translation>“%1”을(를) 옆으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot move the new export into “%1”.</source>
        <translation>새 내보내기를 “%1”(으)로 옮길 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedImporter</name>
    <message>
        <source>The link “%1” was ignored: it is not an absolute web address.</source>
        <translation>링크 “%1”은(는) 절대 웹 주소가 아니므로 무시했습니다.</translation>
    </message>
    <message>
        <source>The date “%1” could not be read; the article has no date.</source>
        <translation>날짜 “%1”을(를) 읽을 수 없어 기사에 날짜가 없습니다.</translation>
    </message>
    <message>
        <source>Item %1 has neither a title nor any content; it was skipped.</source>
        <translation>항목 %1에 제목도 내용도 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation>피드에 항목이 없습니다.</translation>
    </message>
    <message>
        <source>This is not an RSS feed: its root element is &lt;%1&gt;.</source>
        <translation>RSS 피드가 아닙니다. 루트 요소가 &lt;%1&gt;입니다.</translation>
    </message>
    <message>
        <source>The RSS feed has no &lt;channel&gt;.</source>
        <translation>RSS 피드에 &lt;channel&gt;이 없습니다.</translation>
    </message>
    <message>
        <source>This is not an RSS 1.0 feed: its root element is &lt;%1&gt;.</source>
        <translation>RSS 1.0 피드가 아닙니다. 루트 요소가 &lt;%1&gt;입니다.</translation>
    </message>
    <message>
        <source>The RSS 1.0 feed has no &lt;channel&gt;.</source>
        <translation>RSS 1.0 피드에 &lt;channel&gt;이 없습니다.</translation>
    </message>
    <message>
        <source>This is not an Atom feed: its root element is &lt;%1&gt;.</source>
        <translation>Atom 피드가 아닙니다. 루트 요소가 &lt;%1&gt;입니다.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: the document is not a JSON object.</source>
        <translation>JSON Feed가 아닙니다. 문서가 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The JSON Feed is not valid JSON (at byte %1): %2</source>
        <translation>JSON Feed가 올바른 JSON이 아닙니다(바이트 %1): %2</translation>
    </message>
    <message>
        <source>This is not a JSON Feed: it has no jsonfeed.org “version”.</source>
        <translation>JSON Feed가 아닙니다. jsonfeed.org “version”이 없습니다.</translation>
    </message>
    <message>
        <source>The JSON Feed has no “items” list.</source>
        <translation>JSON Feed에 “items” 목록이 없습니다.</translation>
    </message>
    <message>
        <source>JSON Feed version “%1” is unknown; the feed was read as version 1.1.</source>
        <translation>JSON Feed 버전 “%1”을(를) 알 수 없어 버전 1.1로 읽었습니다.</translation>
    </message>
    <message>
        <source>Item %1 is not a JSON object; it was skipped.</source>
        <translation>항목 %1이(가) JSON 객체가 아니므로 건너뛰었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The feed has %n item(s); Newsdesk reads the first %1 of a feed.</source>
        <translation>
            <numerusform>이 피드에는 항목이 %n개 있습니다. Newsdesk는 피드마다 처음 %1개만 읽습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::FeedXml</name>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The declared charset “%1” is unknown; it was ignored.</source>
        <translation>선언된 문자 집합 “%1”을(를) 알 수 없어 무시했습니다.</translation>
    </message>
    <message>
        <source>The document is not valid UTF-8 and names no other charset; it was read as Windows-1252.</source>
        <translation>문서가 올바른 UTF-8이 아니고 다른 문자 집합도 지정하지 않아 Windows-1252로 읽었습니다.</translation>
    </message>
    <message>
        <source>The document declares entities that would expand to more than %L1 characters (an “entity bomb”); it was not read.</source>
        <translation>문서에 %L1자를 넘게 확장되는 엔터티(“엔터티 폭탄”)가 선언되어 있어 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep (line %2); it was not read.</source>
        <translation>문서의 요소 중첩 깊이가 %1단계를 넘어(%2행) 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation>문서가 올바른 형식의 XML이 아닙니다(%1행, %2열): %3</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>문서에 루트 요소가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlDocument</name>
    <message>
        <source>The page is too large to read.</source>
        <translation>페이지가 너무 커서 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The page holds no HTML that can be read.</source>
        <translation>페이지에 읽을 수 있는 HTML이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::HtmlImporter</name>
    <message>
        <source>web page</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>“%1” holds no article that could be read.</source>
        <translation>“%1”에 읽을 수 있는 기사가 없습니다.</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>페이지에서 기사 본문을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>web page (MHTML)</source>
        <translation>웹 페이지(MHTML)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportController</name>
    <message>
        <source>Stop the import; what was imported so far stays</source>
        <translation>가져오기를 중지합니다. 지금까지 가져온 항목은 유지됩니다</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Importing %1 of %2 · %3/s · %4 left</source>
        <translation>가져오는 중 %1/%2 · %3/초 · %4 남음</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportFormats</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>“%1”은(는) 폴더입니다.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Newsdesk imports files of up to %3 MB.</source>
        <translation>“%1”의 크기는 %2MB입니다. Newsdesk는 %3MB 이하의 파일만 가져옵니다.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB Newsdesk imports.</source>
        <translation>“%1”이(가) Newsdesk가 가져올 수 있는 크기(%2MB)보다 큽니다.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not a page, feed or text.</source>
        <translation>“%1”은(는) 페이지, 피드 또는 텍스트가 아니라 바이너리 파일로 보입니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <source>Show inputs that were imported without problems</source>
        <translation>문제없이 가져온 입력도 표시</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>another site&apos;s copy of article %1</source>
        <translation>기사 %1의 다른 사이트 사본</translation>
    </message>
    <message>
        <source>already in the library as article %1</source>
        <translation>이미 라이브러리에 기사 %1(으)로 있음</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportText</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>The folder holds no pages, text files or feeds.</source>
        <translation>폴더에 페이지, 텍스트 파일 또는 피드가 없습니다.</translation>
    </message>
    <message>
        <source>Topic rules were not applied: %1</source>
        <translation>주제 규칙을 적용하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No articles were found in it.</source>
        <translation>기사를 찾지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>기사 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) linked to a story already here from another site.</source>
        <translation>
            <numerusform>기사 %n개를 다른 사이트에서 이미 가져온 같은 소식에 연결했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>중복 항목 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) failed.</source>
        <translation>
            <numerusform>입력 %n개를 처리하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>가져오기가 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already in the library.</source>
        <translation>
            <numerusform>기사 %n개는 이미 라이브러리에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was added as “%1” because its name was taken.</source>
        <translation>이름이 이미 사용 중이어서 번들을 “%1”(으)로 추가했습니다.</translation>
    </message>
    <message>
        <source>The bundle “%1” was added.</source>
        <translation>번들 “%1”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Already in the library as article %1.</source>
        <translation>이미 라이브러리에 기사 %1(으)로 있습니다.</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>이미 라이브러리에 있습니다.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>An input of an import failed; %1 is the reason, a whole sentence.</extracomment>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ImportTopics</name>
    <message>
        <source>Import topics from “%1”</source>
        <translation>“%1”에서 주제 가져오기</translation>
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
        <translation>%1행(%2번째 문자)의 JSON 형식이 잘못되었습니다: %3</translation>
    </message>
    <message>
        <source>The JSON is not a list of comments: Newsdesk reads an array of comment objects, or an object whose “comments” is one.</source>
        <translation>JSON이 댓글 목록이 아닙니다. Newsdesk는 댓글 객체의 배열 또는 “comments” 값이 그런 배열인 객체를 읽습니다.</translation>
    </message>
    <message>
        <source>not a comment object</source>
        <translation>댓글 객체가 아님</translation>
    </message>
    <message>
        <source>article_id is not a number</source>
        <translation>article_id가 숫자가 아님</translation>
    </message>
    <message>
        <source>comment %1 of the list</source>
        <translation>목록의 %1번째 댓글</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object; it was skipped.</source>
        <translation>목록의 %1번째 항목이 객체가 아니므로 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not an article id; the comment was skipped.</source>
        <translation>%1번째 항목: “%2”은(는) 기사 ID가 아니므로 댓글을 건너뛰었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) name no article (article_id or article_url) and were skipped.</source>
        <translation>
            <numerusform>기사(article_id 또는 article_url)가 지정되지 않은 댓글 %n개를 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a posted_at that is not an ISO 8601 date; they were imported without a date.</source>
        <translation>
            <numerusform>댓글 %n개의 posted_at이 ISO 8601 날짜가 아니므로 날짜 없이 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>http(s) 링크가 아닌 작성자 주소 %n개를 제외했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::KeepStoryCopyApart</name>
    <message>
        <source>Keep stories apart</source>
        <translation>소식 분리</translation>
    </message>
    <message>
        <source>Link stories again</source>
        <translation>소식 다시 연결</translation>
    </message>
</context>
<context>
    <name>Newsdesk::LibraryText</name>
    <message>
        <source>“%1” was saved by a newer version of Newsdesk (library version %2); this version reads library versions up to %3. The file was left unchanged; open it with a newer Newsdesk.</source>
        <translation>“%1”은(는) 더 새로운 버전의 Newsdesk에서 저장되었습니다(라이브러리 버전 %2). 이 버전은 라이브러리 버전 %3까지 읽을 수 있습니다. 파일은 변경하지 않았습니다. 더 새로운 Newsdesk로 여십시오.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program.</source>
        <translation>“%1”을(를) 다른 프로그램이 잠갔습니다.</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Newsdesk library (%2). The file was left unchanged.</source>
        <translation>“%1”이(가) 손상되었거나 Newsdesk 라이브러리가 아닙니다(%2). 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>This build knows library version %1 but its schema steps stop at %2.</source>
        <translation>이 빌드는 라이브러리 버전 %1을(를) 알지만 스키마 단계는 %2에서 끝납니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a library file.</source>
        <translation>“%1”은(는) 라이브러리 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Newsdesk library. The file was left unchanged.</source>
        <translation>“%1”은(는) Newsdesk 라이브러리가 아닙니다. 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>폴더 “%1”을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt SQLite 드라이버(QSQLITE)가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>“%1”을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Newsdesk library. The file was left unchanged.</source>
        <translation>“%1”은(는) Newsdesk 라이브러리가 아니라 다른 프로그램의 SQLite 데이터베이스입니다. 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). The file was left unchanged.</source>
        <translation>“%1”이(가) 손상되었습니다(%2). 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that did not let go within %2 seconds. Close it and try again.</source>
        <translation>“%1”을(를) 다른 프로그램이 사용 중이며 %2초 안에 해제하지 않았습니다. 해당 프로그램을 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Could not back up the library to “%1” before upgrading it.</source>
        <translation>업그레이드하기 전에 라이브러리를 “%1”에 백업할 수 없습니다.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>SQLite 드라이버가 연결을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Could not upgrade the library: %1</source>
        <translation>라이브러리를 업그레이드할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Schema step %1 is missing; the library was not changed.</source>
        <translation>스키마 단계 %1이(가) 없습니다. 라이브러리는 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Upgrading the library to version %1 failed, so it was left at version %2: %3</source>
        <translation>라이브러리를 버전 %1(으)로 업그레이드하지 못해 버전 %2에 그대로 두었습니다: %3</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The bundle could not be saved.&quot;); %2 is SQLite&apos;s own error message, which stays in English.</extracomment>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>The library could not be prepared.</source>
        <translation>라이브러리를 준비할 수 없습니다.</translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation>트랜잭션을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>변경 사항을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>A savepoint could not be started.</source>
        <translation>세이브포인트를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be read.</source>
        <translation>라이브러리 설정을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The library&apos;s settings could not be saved.</source>
        <translation>라이브러리 설정을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The action could not be recorded.</source>
        <translation>작업을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 Another program (newsdesk-cli, for example) was writing to the library and did not finish in time. Try again when it has finished.</source>
        <extracomment>%1 is a whole translated sentence saying what failed (&quot;The change could not be saved.&quot;).</extracomment>
        <translation>%1 다른 프로그램(예: newsdesk-cli)이 라이브러리에 쓰는 중이었고 제시간에 끝나지 않았습니다. 끝난 뒤에 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MainWindow</name>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Newsdesk 라이브러리 (*.sqlite *.newsdesk);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Search titles, deks, bylines and text</source>
        <translation>제목, 부제, 바이라인, 본문 검색</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>모든 주제의 기사 표시</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>새 라이브러리(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>라이브러리 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>새 기사(&amp;N)</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>새 기사 작성</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>새 기사로 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import saved pages, text files, feeds and OPML lists</source>
        <translation>저장된 페이지, 텍스트 파일, 피드, OPML 목록 가져오기</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation>웹 주소에서 가져오기(&amp;W)…</translation>
    </message>
    <message>
        <source>Import from Clip&amp;board</source>
        <translation>클립보드에서 가져오기(&amp;B)</translation>
    </message>
    <message>
        <source>Import the files, web addresses, HTML or text on the clipboard</source>
        <translation>클립보드의 파일, 웹 주소, HTML 또는 텍스트 가져오기</translation>
    </message>
    <message>
        <source>Show Import &amp;Report</source>
        <translation>가져오기 보고서 표시(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation>휴지통에서 복원(&amp;E)</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>휴지통 비우기…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quick Tag…</source>
        <translation>빠른 태그 지정(&amp;Q)…</translation>
    </message>
    <message>
        <source>Tag the selected articles by typing a topic&apos;s name (T)</source>
        <translation>주제 이름을 입력하여 선택한 기사에 태그 지정(T)</translation>
    </message>
    <message>
        <source>&amp;Accept Suggested Topic</source>
        <translation>제안된 주제 수락(&amp;A)</translation>
    </message>
    <message>
        <source>Tag the article with the first suggested topic (Y)</source>
        <translation>첫 번째 제안 주제로 기사에 태그 지정(Y)</translation>
    </message>
    <message>
        <source>&amp;Reject Suggested Topic</source>
        <translation>제안된 주제 거부(&amp;R)</translation>
    </message>
    <message>
        <source>Turn down the first suggested topic; it is not suggested again (N)</source>
        <translation>첫 번째 제안 주제를 거부하여 다시 제안되지 않게 함(N)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>Show the articles (%1)</source>
        <translation>기사 표시(%1)</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>검토(&amp;M)</translation>
    </message>
    <message>
        <source>Show the comments waiting for moderation (%1)</source>
        <translation>검토 대기 중인 댓글 표시(%1)</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>번들(&amp;B)</translation>
    </message>
    <message>
        <source>Show the bundles, their editor and preview (%1)</source>
        <translation>번들과 편집기, 미리 보기 표시(%1)</translation>
    </message>
    <message>
        <source>&amp;Moderate This Article&apos;s Comments</source>
        <translation>이 기사의 댓글 검토(&amp;M)</translation>
    </message>
    <message>
        <source>Show every comment on this article in the moderation queue</source>
        <translation>이 기사의 모든 댓글을 검토 대기열에 표시</translation>
    </message>
    <message>
        <source>New &amp;Comment…</source>
        <translation>새 댓글(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a comment of your own on this article</source>
        <translation>이 기사에 직접 댓글 작성</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>Newsdesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>Newsdesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Import, tag, moderate and export news articles.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;뉴스 기사를 가져오고, 태그를 지정하고, 검토하고, 내보냅니다.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Topic &amp;Taxonomy</source>
        <translation>주제 분류 체계(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>기사 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>기사를 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>댓글(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import Comments…</source>
        <translation>댓글 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import comments from WordPress (WXR), Disqus, CSV or JSON files onto the library&apos;s articles</source>
        <translation>WordPress(WXR), Disqus, CSV 또는 JSON 파일에서 댓글을 가져와 라이브러리의 기사에 추가</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>읽기 창(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter marked %n comment(s) as spam.</source>
        <translation>
            <numerusform>스팸 필터가 댓글 %n개를 스팸으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Newsdesk</source>
        <translation>%1 — Newsdesk</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>새 라이브러리</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with File › Open Library.</source>
        <translation>“%1”이(가) 이미 있습니다. 새 이름을 선택하거나 파일 › 라이브러리 열기로 여십시오.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>라이브러리 열기</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s): %1</source>
        <extracomment>The status bar&apos;s count of articles; %1 is the list of counts per status, e.g. &quot;3 new, 2 reviewed&quot;.</extracomment>
        <translation>
            <numerusform>기사 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic is suggested for this article.</source>
        <translation>이 기사에 제안된 주제가 없습니다.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>휴지통이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>휴지통 비우기</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the trash for good, with their comments and tags? This cannot be undone.</source>
        <translation>
            <numerusform>휴지통에 있는 기사 %n개를 댓글 및 태그와 함께 영구히 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) for good.</source>
        <translation>
            <numerusform>기사 %n개를 영구히 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>제목 없는 기사</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>클립보드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>클립보드에 기사로 만들 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <source>Pages, text and feeds (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;All files (*)</source>
        <translation>페이지, 텍스트, 피드 (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.xml *.rss *.atom *.rdf *.json *.opml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>Import from Web Address</source>
        <translation>웹 주소에서 가져오기</translation>
    </message>
    <message>
        <source>Address of a page, a feed or an OPML list:</source>
        <translation>페이지, 피드 또는 OPML 목록의 주소:</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”은(는) 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>클립보드에 가져올 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation>번들(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add Selected Articles to Bundle</source>
        <translation>선택한 기사를 번들에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add to &amp;Bundle</source>
        <translation>번들에 추가(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Moderation (%L1)</source>
        <translation>검토(&amp;M) (%L1)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s).</source>
        <translation>
            <numerusform>예제 기사 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>신규 상태로 표시</translation>
    </message>
    <message>
        <source>Mark the selected articles as new (%1)</source>
        <translation>선택한 기사를 신규 상태로 표시 (%1)</translation>
    </message>
    <message>
        <source>Mark as Reviewed</source>
        <translation>검토 완료 상태로 표시</translation>
    </message>
    <message>
        <source>Mark the selected articles as reviewed (%1)</source>
        <translation>선택한 기사를 검토 완료 상태로 표시 (%1)</translation>
    </message>
    <message>
        <source>Mark as Selected</source>
        <translation>선정 상태로 표시</translation>
    </message>
    <message>
        <source>Mark the selected articles as selected (%1)</source>
        <translation>선택한 기사를 선정 상태로 표시 (%1)</translation>
    </message>
    <message>
        <source>Mark as Rejected</source>
        <translation>거부 상태로 표시</translation>
    </message>
    <message>
        <source>Mark the selected articles as rejected (%1)</source>
        <translation>선택한 기사를 거부 상태로 표시 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>신규 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>검토 완료 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>선정 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>거부 %n개</numerusform>
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
            <numerusform>휴지통 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>일치 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeStoryCopy</name>
    <message>
        <source>Merge another site&apos;s copy</source>
        <translation>다른 사이트 사본 병합</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MergeTopics</name>
    <message>
        <source>Merge topic “%1” into “%2”</source>
        <translation>주제 “%1”을(를) “%2”에 병합</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MhtmlReader</name>
    <message>
        <source>The file is not an MHTML file: it has no MIME headers.</source>
        <translation>MHTML 파일이 아닙니다. MIME 헤더가 없습니다.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its headers.</source>
        <translation>MHTML 파일이 헤더 중간에서 잘렸습니다.</translation>
    </message>
    <message>
        <source>The page in the MHTML file is larger than %1, so it was not read.</source>
        <translation>MHTML 파일의 페이지가 %1보다 커서 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The page in the MHTML file is damaged: its base64 encoding is not valid.</source>
        <translation>MHTML 파일의 페이지가 손상되었습니다. base64 인코딩이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The part %1 is larger than %2 and was left out.</source>
        <translation>%1 부분이 %2보다 커서 제외했습니다.</translation>
    </message>
    <message>
        <source>The part %1 is damaged (its base64 encoding is not valid) and was left out.</source>
        <translation>%1 부분이 손상되어(base64 인코딩이 올바르지 않음) 제외했습니다.</translation>
    </message>
    <message>
        <source>The part %1 has the unknown transfer encoding “%2”; its bytes were taken as they are.</source>
        <translation>%1 부분의 전송 인코딩 “%2”을(를) 알 수 없어 바이트를 그대로 사용했습니다.</translation>
    </message>
    <message>
        <source>The file is not an MHTML page: it holds %1, not multipart/related.</source>
        <translation>MHTML 페이지가 아닙니다. multipart/related가 아니라 %1을(를) 담고 있습니다.</translation>
    </message>
    <message>
        <source>The MHTML file names no boundary between its parts, so they cannot be told apart.</source>
        <translation>MHTML 파일에 부분 사이의 경계가 지정되어 있지 않아 부분을 구분할 수 없습니다.</translation>
    </message>
    <message>
        <source>The MHTML file holds no parts: their boundary never occurs (it may be cut off).</source>
        <translation>MHTML 파일에 부분이 없습니다. 경계가 한 번도 나타나지 않습니다(파일이 잘렸을 수 있음).</translation>
    </message>
    <message>
        <source>The MHTML file is cut off before its page is complete; nothing was imported.</source>
        <translation>MHTML 파일이 페이지가 끝나기 전에 잘려 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The MHTML file names &lt;%1&gt; as its page, but holds no such part; the first HTML part was used.</source>
        <translation>MHTML 파일이 &lt;%1&gt;을(를) 페이지로 지정하지만 해당 부분이 없어 첫 번째 HTML 부분을 사용했습니다.</translation>
    </message>
    <message>
        <source>The MHTML file holds no HTML page.</source>
        <translation>MHTML 파일에 HTML 페이지가 없습니다.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off inside its page; nothing was imported.</source>
        <translation>MHTML 파일이 페이지 중간에서 잘려 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The MHTML file is cut off: its last part (%1) is incomplete and was left out.</source>
        <translation>MHTML 파일이 잘렸습니다. 마지막 부분(%1)이 불완전하여 제외했습니다.</translation>
    </message>
    <message>
        <source>The nested multipart part %1 was skipped.</source>
        <translation>중첩된 multipart 부분 %1을(를) 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>The MHTML file ends without its closing boundary; it may be cut off after its last part.</source>
        <translation>MHTML 파일이 닫는 경계 없이 끝납니다. 마지막 부분 뒤에서 잘렸을 수 있습니다.</translation>
    </message>
    <message>
        <source>The part holding the page has the unknown transfer encoding “%1”; its bytes were taken as they are.</source>
        <translation>페이지를 담은 부분의 전송 인코딩 “%1”을(를) 알 수 없어 바이트를 그대로 사용했습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>The authors&apos; comments could not be read.</source>
        <translation>작성자들의 댓글을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The comments from the same addresses could not be read.</source>
        <translation>같은 주소에서 온 댓글을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>댓글을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The moderation log could not be read.</source>
        <translation>검토 로그를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogDialog</name>
    <message>
        <source>Moderation Log</source>
        <translation>검토 로그</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Decisions: %L1, newest first.</source>
        <translation>결정: %L1개, 최신순.</translation>
    </message>
    <message>
        <source>Export Moderation Log</source>
        <translation>검토 로그 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationLogModel</name>
    <message>
        <source>Curator</source>
        <translation>큐레이터</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>스팸 필터</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Who made a moderation decision: the import of a file that gave the comment&apos;s status.</extracomment>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation>#%1(삭제됨)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>댓글 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>From</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>To</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationQueueModel</name>
    <message>
        <source>Spam score %1 (0 = surely not spam, 1 = surely spam)</source>
        <translation>스팸 점수 %1(0 = 확실히 스팸 아님, 1 = 확실히 스팸)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>아직 점수 없음</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <extracomment>%1 is the stored key of an unknown decider, shown as it is.</extracomment>
        <translation>%1의 결정</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>A curator</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>큐레이터</translation>
    </message>
    <message>
        <source>The moderation rules</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>검토 규칙</translation>
    </message>
    <message>
        <source>The spam filter</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>스팸 필터</translation>
    </message>
    <message>
        <source>The imported file</source>
        <extracomment>Who decided a comment&apos;s status, shown on its own beside the label &quot;Decided by&quot;.</extracomment>
        <translation>가져온 파일</translation>
    </message>
    <message>
        <source>Decided by a curator</source>
        <translation>큐레이터의 결정</translation>
    </message>
    <message>
        <source>Decided by the moderation rules</source>
        <translation>검토 규칙의 결정</translation>
    </message>
    <message>
        <source>Decided by the spam filter</source>
        <translation>스팸 필터의 결정</translation>
    </message>
    <message>
        <source>Decided by the imported file</source>
        <translation>가져온 파일의 결정</translation>
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
        <translation>금지 키워드</translation>
    </message>
    <message>
        <source>Copy of spam</source>
        <translation>스팸 사본</translation>
    </message>
    <message>
        <source>Hold all</source>
        <translation>모두 보류</translation>
    </message>
    <message>
        <source>Moderation key</source>
        <translation>검토 키워드</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>연속 게시</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>대문자 남용</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Known author</source>
        <translation>알려진 작성자</translation>
    </message>
    <message>
        <source>Same author and text as comment %1, which is spam</source>
        <translation>스팸인 댓글 %1과(와) 작성자 및 텍스트가 같음</translation>
    </message>
    <message>
        <source>Every comment is held (hold_all is on)</source>
        <translation>모든 댓글을 보류함(hold_all 켜짐)</translation>
    </message>
    <message>
        <source>Links: %1, and comments with %2 or more are held</source>
        <translation>링크: %1개, 링크가 %2개 이상인 댓글은 보류함</translation>
    </message>
    <message>
        <source>Shouting: %1% of %2 letters are capitals</source>
        <translation>대문자 남용: 글자 %2개 중 %1%가 대문자</translation>
    </message>
    <message>
        <source>Duplicate of comment %1 by the same author</source>
        <translation>같은 작성자의 댓글 %1과(와) 중복</translation>
    </message>
    <message>
        <source>Known author: %1 has an approved comment</source>
        <translation>알려진 작성자: %1에게 승인된 댓글이 있음</translation>
    </message>
    <message>
        <source>No rule matched; imported comments wait for a curator</source>
        <translation>일치하는 규칙 없음. 가져온 댓글은 큐레이터의 검토를 기다립니다</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s name</source>
        <translation>작성자 이름에 금지 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s email</source>
        <translation>작성자 이메일에 금지 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s URL</source>
        <translation>작성자 URL에 금지 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the text</source>
        <translation>본문에 금지 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Disallowed key “%1” in the author&apos;s IP address</source>
        <translation>작성자 IP 주소에 금지 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s name</source>
        <translation>작성자 이름에 검토 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s email</source>
        <translation>작성자 이메일에 검토 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s URL</source>
        <translation>작성자 URL에 검토 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the text</source>
        <translation>본문에 검토 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Moderation key “%1” in the author&apos;s IP address</source>
        <translation>작성자 IP 주소에 검토 키워드 “%1” 포함</translation>
    </message>
    <message>
        <source>Flood: %1 comments from IP address %2 within %3 s</source>
        <translation>연속 게시: %3초 안에 IP 주소 %2에서 댓글 %1개</translation>
    </message>
    <message>
        <source>Flood: %1 comments from “%2” within %3 s</source>
        <translation>연속 게시: %3초 안에 “%2”의 댓글 %1개</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationSettings</name>
    <message>
        <source>%1 takes on or off, not “%2”.</source>
        <translation>%1에는 “%2”이(가) 아니라 on 또는 off를 지정합니다.</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>%1에는 “%4”이(가) 아니라 %2에서 %3 사이의 숫자를 지정합니다.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1에는 “%2”이(가) 아니라 정수를 지정합니다.</translation>
    </message>
    <message>
        <source>There is no moderation setting “%1”; the settings are: %2.</source>
        <translation>검토 설정 “%1”이(가) 없습니다. 사용할 수 있는 설정: %2.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ModerationView</name>
    <message>
        <source>All comments</source>
        <translation>모든 댓글</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translation>나열할 댓글</translation>
    </message>
    <message>
        <source>Author, email or IP</source>
        <translation>작성자, 이메일 또는 IP</translation>
    </message>
    <message>
        <source>Show the comments whose author&apos;s name, email or IP address is exactly this</source>
        <translation>작성자 이름, 이메일 또는 IP 주소가 정확히 이 값인 댓글 표시</translation>
    </message>
    <message>
        <source>Rule or reason</source>
        <translation>규칙 또는 이유</translation>
    </message>
    <message>
        <source>Show the comments whose decision&apos;s reason mentions this, e.g. a rule&apos;s name</source>
        <translation>결정 이유에 이 값(예: 규칙 이름)이 들어 있는 댓글 표시</translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation>점수 ≥ </translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>모든 점수</translation>
    </message>
    <message>
        <source>Show only comments the spam filter scored at least this high (1 = surely spam)</source>
        <translation>스팸 필터 점수가 이 값 이상인 댓글만 표시(1 = 확실히 스팸)</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>목록 순서</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>오래된 순</translation>
    </message>
    <message>
        <source>Most likely spam first</source>
        <translation>스팸 가능성 높은 순</translation>
    </message>
    <message>
        <source>A approve · S spam · R reject · U pending · J/K next/previous · Z undo</source>
        <translation>A 승인 · S 스팸 · R 거부 · U 대기 중 · J/K 다음/이전 · Z 실행 취소</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <source>Show every comment by this author, or on this article</source>
        <translation>이 작성자의 댓글 또는 이 기사의 댓글을 모두 표시</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Approve the selected comments</source>
        <translation>선택한 댓글 승인</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>스팸으로 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Button: marks the selected comments as spam (an action, not a status).</extracomment>
        <translation>스팸</translation>
    </message>
    <message>
        <source>Mark the selected comments as spam</source>
        <translation>선택한 댓글을 스팸으로 표시</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>거부(&amp;R)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Reject the selected comments</source>
        <translation>선택한 댓글 거부</translation>
    </message>
    <message>
        <source>Back to &amp;Pending</source>
        <translation>대기 중으로 되돌리기(&amp;P)</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Button: returns the selected comments to pending (an action, not a status).</extracomment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Return the selected comments to pending</source>
        <translation>선택한 댓글을 대기 중으로 되돌리기</translation>
    </message>
    <message>
        <source>&amp;Next Comment</source>
        <translation>다음 댓글(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next comment</source>
        <translation>다음 댓글로 이동</translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation>이전 댓글(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous comment</source>
        <translation>이전 댓글로 이동</translation>
    </message>
    <message>
        <source>&amp;Undo Last Step</source>
        <translation>마지막 단계 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last step, such as a decision</source>
        <translation>결정 등 마지막 단계를 실행 취소</translation>
    </message>
    <message>
        <source>By This Name</source>
        <translation>이 이름으로</translation>
    </message>
    <message>
        <source>By This Email</source>
        <translation>이 이메일로</translation>
    </message>
    <message>
        <source>By This IP Address</source>
        <translation>이 IP 주소로</translation>
    </message>
    <message>
        <source>Show All by This &amp;Author</source>
        <translation>이 작성자의 댓글 모두 표시(&amp;A)</translation>
    </message>
    <message>
        <source>Show All on This Ar&amp;ticle</source>
        <translation>이 기사의 댓글 모두 표시(&amp;T)</translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>모두 승인</translation>
    </message>
    <message>
        <source>Approve every comment in this list, loaded or not, as one step</source>
        <translation>이 목록의 모든 댓글을 불러왔는지와 관계없이 한 번에 승인</translation>
    </message>
    <message>
        <source>Spam All</source>
        <translation>모두 스팸</translation>
    </message>
    <message>
        <source>Mark every comment in this list as spam, loaded or not, as one step</source>
        <translation>이 목록의 모든 댓글을 불러왔는지와 관계없이 한 번에 스팸으로 표시</translation>
    </message>
    <message>
        <source>Show Whole Queue</source>
        <translation>전체 대기열 표시</translation>
    </message>
    <message>
        <source>Leave this author or article and show the queue again</source>
        <translation>이 작성자 또는 기사에서 벗어나 대기열을 다시 표시</translation>
    </message>
    <message>
        <source>Moderation &amp;Log…</source>
        <translation>검토 로그(&amp;L)…</translation>
    </message>
    <message>
        <source>Every moderation decision: who, when, from, to and why</source>
        <translation>모든 검토 결정: 주체, 시각, 이전 상태, 이후 상태, 이유</translation>
    </message>
    <message>
        <source>R&amp;un Rules on Pending…</source>
        <translation>대기 중인 댓글에 규칙 실행(&amp;U)…</translation>
    </message>
    <message>
        <source>See what the moderation rules and the spam filter would do with every pending comment, then apply it as one step</source>
        <translation>검토 규칙과 스팸 필터가 대기 중인 각 댓글을 어떻게 처리할지 확인한 뒤 한 번에 적용</translation>
    </message>
    <message>
        <source>&amp;New Comment…</source>
        <translation>새 댓글(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a comment of your own on this comment&apos;s article</source>
        <translation>이 댓글이 달린 기사에 직접 댓글 작성</translation>
    </message>
    <message>
        <source>Rep&amp;ly…</source>
        <translation>답글(&amp;L)…</translation>
    </message>
    <message>
        <source>Answer the current comment with a comment of your own</source>
        <translation>현재 댓글에 직접 답글 작성</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>기사 %1</translation>
    </message>
    <message>
        <source>Comments by “%1” on “%2”</source>
        <translation>“%2”에 달린 “%1”의 댓글</translation>
    </message>
    <message>
        <source>Comments by “%1”</source>
        <translation>“%1”의 댓글</translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation>“%1”에 달린 댓글</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>실행 취소함: %1</translation>
    </message>
    <message>
        <source>The rules changed nothing.</source>
        <translation>규칙으로 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are pending already.</source>
        <translation>변경된 내용이 없습니다. 댓글이 이미 대기 중입니다.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are approved already.</source>
        <translation>변경된 내용이 없습니다. 댓글이 이미 승인되었습니다.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are marked as spam already.</source>
        <translation>변경된 내용이 없습니다. 댓글이 이미 스팸으로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>Nothing changed: the comments are rejected already.</source>
        <translation>변경된 내용이 없습니다. 댓글이 이미 거부되었습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveBundleEntries</name>
    <message numerus="yes">
        <source>Move %n Entry(s) in “%1”</source>
        <translation>
            <numerusform>“%1”의 항목 %n개 이동</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::MoveTopic</name>
    <message>
        <source>Move topic “%1”</source>
        <translation>주제 “%1” 이동</translation>
    </message>
</context>
<context>
    <name>Newsdesk::NewCommentDialog</name>
    <message>
        <source>Reply to %1</source>
        <extracomment>%1 is the name of the author of the comment being replied to.</extracomment>
        <translation>답글 대상: %1</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>새 댓글</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>기사 %1</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>큐레이터</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Blank lines separate paragraphs</source>
        <translation>빈 줄로 문단을 구분합니다</translation>
    </message>
    <message>
        <source>Add Reply</source>
        <translation>답글 추가</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>댓글 추가</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>기사:</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>답글 대상:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>텍스트(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>댓글에 답글 달기</translation>
    </message>
</context>
<context>
    <name>Newsdesk::OpmlImporter</name>
    <message>
        <source>This is not an OPML subscription list: its root element is &lt;%1&gt;.</source>
        <translation>OPML 구독 목록이 아닙니다. 루트 요소가 &lt;%1&gt;입니다.</translation>
    </message>
    <message>
        <source>The OPML subscription list has no &lt;body&gt;.</source>
        <translation>OPML 구독 목록에 &lt;body&gt;가 없습니다.</translation>
    </message>
    <message>
        <source>The feed address “%1” was ignored: it is not an absolute web address.</source>
        <translation>피드 주소 “%1”은(는) 절대 웹 주소가 아니므로 무시했습니다.</translation>
    </message>
    <message>
        <source>The subscription list names no feeds.</source>
        <translation>구독 목록에 피드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PlainTextImporter</name>
    <message>
        <source>plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <source>“%1” holds no text to import.</source>
        <translation>“%1”에 가져올 텍스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>The library&apos;s moderation settings could not be read: %1</source>
        <translation>라이브러리의 검토 설정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Approve comments by authors who already have an approved comment</source>
        <translation>이미 승인된 댓글이 있는 작성자의 댓글 승인</translation>
    </message>
    <message>
        <source>Hold every comment for moderation, whatever the other rules say</source>
        <translation>다른 규칙과 관계없이 모든 댓글을 검토를 위해 보류</translation>
    </message>
    <message>
        <source>Hold for moderation when a comment contains:</source>
        <translation>댓글에 다음이 포함되면 검토를 위해 보류:</translation>
    </message>
    <message>
        <source>Mark as spam when a comment contains:</source>
        <translation>댓글에 다음이 포함되면 스팸으로 표시:</translation>
    </message>
    <message>
        <source>One word or phrase a line, looked for in the author&apos;s name, email, web site and IP address and in the text, ignoring case: “press” also finds “WordPress”.</source>
        <translation>한 줄에 단어나 구문 하나. 작성자 이름, 이메일, 웹 사이트, IP 주소 및 본문에서 대소문자 구분 없이 찾습니다. “press”는 “WordPress”에서도 찾습니다.</translation>
    </message>
    <message>
        <source>The share of capitals among the letters of a comment of 20 letters or more</source>
        <translation>20자 이상인 댓글의 글자 중 대문자 비율</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>시스템 기본값(%1)</translation>
    </message>
    <message>
        <source>Newsdesk speaks the new language from its next start.</source>
        <translation>새 언어는 Newsdesk를 다음에 시작할 때부터 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Mark comments as spam by their spam score</source>
        <translation>스팸 점수에 따라 댓글을 스팸으로 표시</translation>
    </message>
    <message>
        <source>Hold a comment with this many links or more:</source>
        <translation>링크가 이 개수 이상인 댓글 보류:</translation>
    </message>
    <message>
        <source>Flood limit (comments):</source>
        <translation>연속 게시 한도(댓글 수):</translation>
    </message>
    <message>
        <source>Flood window (seconds):</source>
        <translation>연속 게시 기간(초):</translation>
    </message>
    <message>
        <source>Hold a comment with this share of capitals or more (%):</source>
        <translation>대문자 비율이 이 값 이상인 댓글 보류(%):</translation>
    </message>
    <message>
        <source>Lowest spam score to mark as spam:</source>
        <translation>스팸으로 표시할 최소 스팸 점수:</translation>
    </message>
    <message>
        <source>Hold a comment when its author or IP address posted this many comments within the flood window, the new one included</source>
        <translation>작성자 또는 IP 주소가 연속 게시 기간 안에 새 댓글을 포함하여 이 개수만큼 댓글을 게시하면 댓글을 보류</translation>
    </message>
    <message>
        <source>How recent an author&apos;s comments must be to count towards the flood limit</source>
        <translation>연속 게시 한도에 포함할 작성자 댓글의 최근 기간</translation>
    </message>
</context>
<context>
    <name>Newsdesk::QuickTagPopup</name>
    <message>
        <source>Tag with… (type a topic, Enter to apply)</source>
        <translation>태그 지정… (주제 입력 후 Enter로 적용)</translation>
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
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 일치 항목(Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 일치 항목(Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>닫기(Escape)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::ReaderView</name>
    <message>
        <source>article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>이미지 불러오기</translation>
    </message>
    <message>
        <source>Load the remote images of this article</source>
        <translation>이 기사의 원격 이미지 불러오기</translation>
    </message>
    <message>
        <source>Always Load</source>
        <translation>항상 불러오기</translation>
    </message>
    <message>
        <source>Load remote images in every article</source>
        <translation>모든 기사에서 원격 이미지 불러오기</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>A+</source>
        <comment>zoom in, on a small button</comment>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation>글자 크게(%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>A−</source>
        <comment>zoom out, on a small button</comment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation>글자 작게(%1)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>기사에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>기사 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Article as P&amp;DF…</source>
        <translation>기사를 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>Show &amp;Pending Comments</source>
        <translation>대기 중인 댓글 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Show comments waiting for moderation with the approved ones</source>
        <translation>검토 대기 중인 댓글을 승인된 댓글과 함께 표시</translation>
    </message>
    <message>
        <source>Always Load &amp;Remote Images</source>
        <translation>원격 이미지 항상 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Qt WebEngine does not run as root unless QTWEBENGINE_DISABLE_SANDBOX=1 is set.</source>
        <translation>QTWEBENGINE_DISABLE_SANDBOX=1을 설정하지 않으면 Qt WebEngine은 root로 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>Article sent to the printer.</source>
        <translation>기사를 프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>기사를 인쇄할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Images from other sites are not loaded (%n), so those sites cannot see you reading this.</source>
        <translation>
            <numerusform>다른 사이트의 이미지(%n개)를 불러오지 않았으므로 해당 사이트는 사용자가 이 기사를 읽는다는 것을 알 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader zoom %1%</source>
        <translation>읽기 창 배율 %1%</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Open Link in Browser</source>
        <translation>브라우저에서 링크 열기</translation>
    </message>
    <message>
        <source>Select an article to print it.</source>
        <translation>인쇄할 기사를 선택하십시오.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>기사 인쇄</translation>
    </message>
    <message>
        <source>Select an article to save it as PDF.</source>
        <translation>PDF로 저장할 기사를 선택하십시오.</translation>
    </message>
    <message>
        <source>Save Article as PDF</source>
        <translation>기사를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>The page could not be laid out.</source>
        <translation>페이지 레이아웃을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The simpler reader was asked for (NEWSDESK_READER=text).</source>
        <translation>간단한 읽기 창이 요청되었습니다(NEWSDESK_READER=text).</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s helper program, QtWebEngineProcess, is not installed.</source>
        <translation>Qt WebEngine의 도우미 프로그램 QtWebEngineProcess가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Qt WebEngine&apos;s page process stopped (exit code %1).</source>
        <translation>Qt WebEngine의 페이지 프로세스가 중지되었습니다(종료 코드 %1).</translation>
    </message>
    <message>
        <source>The full reader is not available, so the article is shown in a simpler view.</source>
        <translation>전체 읽기 창을 사용할 수 없어 기사를 간단한 보기로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RejectSuggestion</name>
    <message>
        <source>Reject suggested topic</source>
        <translation>제안된 주제 거부</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RemoveBundleEntries</name>
    <message numerus="yes">
        <source>Remove %n Entry(s) from “%1”</source>
        <translation>
            <numerusform>“%1”에서 항목 %n개 제거</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundle</name>
    <message>
        <source>Rename Bundle “%1”</source>
        <translation>번들 “%1” 이름 바꾸기</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RenameBundleSection</name>
    <message>
        <source>Rename Section “%1”</source>
        <translation>섹션 “%1” 이름 바꾸기</translation>
    </message>
</context>
<context>
    <name>Newsdesk::RuleTagger</name>
    <message>
        <source>The rules of “%1”: %2</source>
        <translation>“%1”의 규칙: %2</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>태그를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles could not be read.</source>
        <translation>기사를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SampleLibrary</name>
    <message>
        <source>Could not read the sample library: %1</source>
        <translation>예제 라이브러리를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1</source>
        <translation>예제 라이브러리가 올바른 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>Could not read the sample page %1: %2</source>
        <translation>예제 페이지 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SaveFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1”에 기록할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SavedSearch</name>
    <message>
        <source>The bundle has no saved search to fill it from.</source>
        <translation>번들에 채우는 데 사용할 저장된 검색이 없습니다.</translation>
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
        <translation>URL 변경</translation>
    </message>
    <message>
        <source>Change the canonical URL</source>
        <translation>정규 URL 변경</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>제목 변경</translation>
    </message>
    <message>
        <source>Change the dek</source>
        <translation>부제 변경</translation>
    </message>
    <message>
        <source>Change the byline</source>
        <translation>바이라인 변경</translation>
    </message>
    <message>
        <source>Change the dateline</source>
        <translation>데이트라인 변경</translation>
    </message>
    <message>
        <source>Change the agency</source>
        <translation>통신사 변경</translation>
    </message>
    <message>
        <source>Change the source</source>
        <translation>출처 변경</translation>
    </message>
    <message>
        <source>Change the publication date</source>
        <translation>게재일 변경</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>언어 변경</translation>
    </message>
    <message>
        <source>Change the image URL</source>
        <translation>이미지 URL 변경</translation>
    </message>
    <message>
        <source>Change the image caption</source>
        <translation>이미지 설명 변경</translation>
    </message>
    <message>
        <source>Change the image credit</source>
        <translation>이미지 저작권 변경</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>본문 변경</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Change the curator note</source>
        <translation>큐레이터 메모 변경</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetArticlesStatus</name>
    <message numerus="yes">
        <source>Mark %n article(s) as new</source>
        <translation>
            <numerusform>기사 %n개를 신규 상태로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as reviewed</source>
        <translation>
            <numerusform>기사 %n개를 검토 완료 상태로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as selected</source>
        <translation>
            <numerusform>기사 %n개를 선정 상태로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) as rejected</source>
        <translation>
            <numerusform>기사 %n개를 거부 상태로 표시</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SetCommentStatus</name>
    <message numerus="yes">
        <source>Approve %n comment(s)</source>
        <translation>
            <numerusform>댓글 %n개 승인</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n comment(s) as spam</source>
        <translation>
            <numerusform>댓글 %n개를 스팸으로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n comment(s)</source>
        <translation>
            <numerusform>댓글 %n개 거부</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n comment(s) to pending</source>
        <translation>
            <numerusform>댓글 %n개를 대기 중으로 되돌리기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SingleInstance</name>
    <message>
        <source>Another Newsdesk window has %1 open but does not answer.</source>
        <translation>다른 Newsdesk 창에서 %1을(를) 열어 두었지만 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>잠금 파일 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot listen for other Newsdesk windows: %1</source>
        <translation>다른 Newsdesk 창의 연결을 받을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The running Newsdesk window did not take the files: %1</source>
        <translation>실행 중인 Newsdesk 창이 파일을 받지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilter</name>
    <message>
        <source>Training was cancelled.</source>
        <translation>학습이 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learns from your decisions and needs at least %n approved and %n spam comments.</source>
        <translation>
            <numerusform>스팸 필터는 사용자의 결정에서 학습하며, 승인된 댓글과 스팸 댓글이 각각 %n개 이상 필요합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library has %n approved comment(s).</source>
        <translation>
            <numerusform>라이브러리에 승인된 댓글이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n spam comment(s).</source>
        <extracomment>Follows &quot;The library has %n approved comment(s).&quot;; &quot;it&quot; is the library.</extracomment>
        <translation>
            <numerusform>스팸 댓글은 %n개 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::SpamFilterService</name>
    <message>
        <source>Learning from your moderation decisions…</source>
        <translation>검토 결정에서 학습하는 중…</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: %1</source>
        <translation>스팸 필터를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The spam filter is unavailable: its training run was cancelled.</source>
        <translation>스팸 필터를 사용할 수 없습니다. 학습 실행이 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n approved comment(s).</source>
        <translation>
            <numerusform>승인된 댓글 %n개로 학습했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n spam comment(s).</source>
        <translation>
            <numerusform>스팸 댓글 %n개로 학습했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n pending comment(s) in %1 s.</source>
        <translation>
            <numerusform>대기 중인 댓글 %n개의 점수를 %1초 만에 매겼습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::StatusProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Newsdesk::StoryRepository</name>
    <message>
        <source>A fingerprint has four bands.</source>
        <translation>지문은 네 개의 밴드로 구성됩니다.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>ID가 %1인 기사가 없습니다.</translation>
    </message>
    <message>
        <source>These articles are not linked.</source>
        <translation>이 기사들은 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The library could not be searched for the article.</source>
        <translation>라이브러리에서 기사를 검색할 수 없습니다.</translation>
    </message>
    <message>
        <source>The library could not be searched for the same story.</source>
        <translation>라이브러리에서 같은 소식을 검색할 수 없습니다.</translation>
    </message>
    <message>
        <source>The article&apos;s fingerprint could not be stored.</source>
        <translation>기사의 지문을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>기사를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The copies could not be linked.</source>
        <translation>사본을 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The article&apos;s copies could not be read.</source>
        <translation>기사의 사본을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Where the story ran could not be read.</source>
        <translation>소식이 게재된 곳을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Where the story ran could not be recorded.</source>
        <translation>소식이 게재된 곳을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>The copies could not be kept apart.</source>
        <translation>사본을 별개로 유지할 수 없습니다.</translation>
    </message>
    <message>
        <source>The copies could not be merged.</source>
        <translation>사본을 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>병합을 실행 취소할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::SuggestionService</name>
    <message>
        <source>Learning from your tags…</source>
        <translation>태그 지정 내용을 학습하는 중…</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation>제안을 사용할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggestions start once a topic has %n article(s) tagged by hand.</source>
        <translation>
            <numerusform>직접 태그를 지정한 기사가 %n개인 주제가 생기면 제안이 시작됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggesting %n topic(s).</source>
        <extracomment>The classifier has learned %n topics and suggests them where they fit.</extracomment>
        <translation>
            <numerusform>주제 %n개를 제안합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n tagged article(s) in %1 s.</source>
        <translation>
            <numerusform>태그가 지정된 기사 %n개로 %1초 만에 학습했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TagArticles</name>
    <message numerus="yes">
        <source>Tag %n article(s)</source>
        <translation>
            <numerusform>기사 %n개에 태그 지정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n article(s)</source>
        <translation>
            <numerusform>기사 %n개에서 태그 해제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Taxonomy</name>
    <message>
        <source>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, licensed under CC BY 4.0</source>
        <translation>IPTC Media Topics © IPTC, International Press Telecommunications Council — https://iptc.org, CC BY 4.0에 따라 사용 허가됨</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The taxonomy file is larger than %L1 MB; it cannot be a topic list.</source>
        <translation>분류 체계 파일이 %L1MB보다 큽니다. 주제 목록일 수 없습니다.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>the field %1 is not one of any, title, dek, body, byline or source.</source>
        <translation>필드 %1은(는) any, title, dek, body, byline, source 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>the kind %1 is not one of keyword, phrase or regex.</source>
        <translation>종류 %1은(는) keyword, phrase, regex 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>it has no pattern.</source>
        <translation>패턴이 없습니다.</translation>
    </message>
    <message>
        <source>caseSensitive is neither true nor false.</source>
        <translation>caseSensitive가 true도 false도 아닙니다.</translation>
    </message>
    <message>
        <source>The file has no list of topics.</source>
        <translation>파일에 주제 목록이 없습니다.</translation>
    </message>
    <message>
        <source>The children of the topic %1 are not a list.</source>
        <translation>주제 %1의 하위 항목이 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>The topic %1 has topics more than %2 levels deep; a taxonomy can have at most %2 levels.</source>
        <translation>주제 %1에 %2단계보다 깊은 주제가 있습니다. 분류 체계는 최대 %2단계까지 가능합니다.</translation>
    </message>
    <message>
        <source>Two topics at the top level are both called %1.</source>
        <translation>최상위에 이름이 %1인 주제가 두 개 있습니다.</translation>
    </message>
    <message>
        <source>Two topics under %1 are both called %2.</source>
        <translation>%1 아래에 이름이 %2인 주제가 두 개 있습니다.</translation>
    </message>
    <message>
        <source>The taxonomy has more than %L1 topics; at most %L1 can be imported at once.</source>
        <translation>분류 체계의 주제가 %L1개를 넘습니다. 한 번에 최대 %L1개까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>The topic %1 has the colour %2; colours are written #rrggbb.</source>
        <translation>주제 %1의 색상이 %2입니다. 색상은 #rrggbb 형식으로 씁니다.</translation>
    </message>
    <message>
        <source>The code %1 of the topic %2 is not a code (a code has no spaces).</source>
        <translation>주제 %2의 코드 %1은(는) 코드가 아닙니다(코드에는 공백이 없습니다).</translation>
    </message>
    <message>
        <source>The related codes of the topic %1 are not a list.</source>
        <translation>주제 %1의 관련 코드가 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>The related code %1 of the topic %2 is not a code.</source>
        <translation>주제 %2의 관련 코드 %1은(는) 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>The rules of the topic %1 are not a list.</source>
        <translation>주제 %1의 규칙이 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>Rule %1 of the topic %2 is not valid: %3</source>
        <translation>주제 %2의 규칙 %1이(가) 올바르지 않습니다: %3</translation>
    </message>
    <message>
        <source>The built-in topic list %1 is missing: %2</source>
        <translation>기본 제공 주제 목록 %1이(가) 없습니다: %2</translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1 (at byte %L2).</source>
        <translation>분류 체계가 올바른 JSON이 아닙니다: %1(바이트 %L2).</translation>
    </message>
    <message>
        <source>This is not a Newsdesk taxonomy: it does not say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Newsdesk 분류 체계가 아닙니다. &quot;format&quot;: &quot;%1&quot;이(가) 명시되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The taxonomy has no valid format version.</source>
        <translation>분류 체계에 올바른 형식 버전이 없습니다.</translation>
    </message>
    <message>
        <source>The taxonomy was written by a newer Newsdesk (format version %1); this version reads version %2. Update Newsdesk to import it.</source>
        <translation>이 분류 체계는 더 새로운 Newsdesk에서 작성되었습니다(형식 버전 %1). 이 버전은 버전 %2을(를) 읽습니다. 가져오려면 Newsdesk를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>Could not read the taxonomy file “%1”: %2</source>
        <translation>분류 체계 파일 “%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be imported. %2</source>
        <translation>“%1”을(를) 가져올 수 없습니다. %2</translation>
    </message>
    <message>
        <source>The topic&apos;s rules are not a JSON list.</source>
        <translation>주제의 규칙이 JSON 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>Rule %1 is not valid: %2</source>
        <translation>규칙 %1이(가) 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>Topic %1 at the top level is not a JSON object.</source>
        <translation>최상위의 %1번째 주제가 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>Topic %1 under %2 is not a JSON object.</source>
        <translation>%2 아래의 %1번째 주제가 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>Topic %1 at the top level has no name.</source>
        <translation>최상위의 %1번째 주제에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>Topic %1 under %2 has no name.</source>
        <translation>%2 아래의 %1번째 주제에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The description of the topic %1 is not text.</source>
        <translation>주제 %1의 설명이 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>The colour of the topic %1 is not text.</source>
        <translation>주제 %1의 색상이 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>The code of the topic %1 is not text.</source>
        <translation>주제 %1의 코드가 텍스트가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::Template</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 %2행: %3</translation>
    </message>
    <message>
        <source>a tag is opened here but never closed (“%1” is missing)</source>
        <translation>여기서 연 태그가 닫히지 않습니다(“%1” 없음)</translation>
    </message>
    <message>
        <source>changing the delimiters (“{{=”) is not supported</source>
        <translation>구분 기호 변경(“{{=”)은 지원되지 않습니다</translation>
    </message>
    <message>
        <source>the tag “%1” has no name</source>
        <translation>태그 “%1”에 이름이 없습니다</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no open section</source>
        <translation>“{{/%1}}”이(가) 닫을 열린 섹션이 없습니다</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes the section “%2” opened on line %3</source>
        <translation>“{{/%1}}”이(가) %3행에서 연 섹션 “%2”을(를) 닫습니다</translation>
    </message>
    <message>
        <source>the section “%1” opened on line %2 is never closed</source>
        <translation>%2행에서 연 섹션 “%1”이(가) 닫히지 않습니다</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TemplateSet</name>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>템플릿 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>템플릿 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 line %2: the partial “%3” does not exist (no %3%4 in the template folder)</source>
        <translation>%1 %2행: 부분 템플릿 “%3”이(가) 없습니다(템플릿 폴더에 %3%4 없음)</translation>
    </message>
    <message>
        <source>The template folder has no readable file %1.</source>
        <translation>템플릿 폴더에 읽을 수 있는 %1 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TextDecoder</name>
    <message>
        <source>No charset was declared and none could be detected; the text was decoded as windows-1252.</source>
        <translation>문자 집합이 선언되지 않았고 감지할 수도 없어 텍스트를 windows-1252로 디코딩했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The text is not valid UTF-8: %n byte(s) could not be decoded and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>텍스트가 올바른 UTF-8이 아닙니다. %n바이트를 디코딩할 수 없어 U+FFFD로 바꿨습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded as %1 and were replaced with U+FFFD.</source>
        <translation>
            <numerusform>바이트 시퀀스 %n개를 %1(으)로 디코딩할 수 없어 U+FFFD로 바꿨습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not a web page.</source>
        <translation>파일이 웹 페이지가 아니라 바이너리 파일로 보입니다.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not an XML document.</source>
        <translation>파일이 XML 문서가 아니라 바이너리 파일로 보입니다.</translation>
    </message>
    <message>
        <source>The file looks like a binary file, not text.</source>
        <translation>파일이 텍스트가 아니라 바이너리 파일로 보입니다.</translation>
    </message>
    <message>
        <source>The byte order mark says %1; the charset %2 named by the Content-Type header was ignored.</source>
        <translation>바이트 순서 표시가 %1을(를) 나타내므로 Content-Type 헤더에 지정된 문자 집합 %2은(는) 무시했습니다.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>Content-Type 헤더에는 문자 집합 %1이(가) 지정되어 있지만 바이트는 %2(으)로 보이므로 텍스트를 %2(으)로 디코딩했습니다.</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>페이지의 &lt;meta&gt; 태그에는 문자 집합 %1이(가) 지정되어 있지만 바이트는 %2(으)로 보이므로 텍스트를 %2(으)로 디코딩했습니다.</translation>
    </message>
    <message>
        <source>The XML declaration names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>XML 선언에는 문자 집합 %1이(가) 지정되어 있지만 바이트는 %2(으)로 보이므로 텍스트를 %2(으)로 디코딩했습니다.</translation>
    </message>
    <message>
        <source>The document names the charset %1, but the bytes look like %2; the text was decoded as %2.</source>
        <translation>문서에는 문자 집합 %1이(가) 지정되어 있지만 바이트는 %2(으)로 보이므로 텍스트를 %2(으)로 디코딩했습니다.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset “%1”, which is not known; it was ignored.</source>
        <translation>Content-Type 헤더에 지정된 문자 집합 “%1”을(를) 알 수 없어 무시했습니다.</translation>
    </message>
    <message>
        <source>The page&apos;s &lt;meta&gt; tag names the charset “%1”, which is not known; it was ignored.</source>
        <translation>페이지의 &lt;meta&gt; 태그에 지정된 문자 집합 “%1”을(를) 알 수 없어 무시했습니다.</translation>
    </message>
    <message>
        <source>The XML declaration names the charset “%1”, which is not known; it was ignored.</source>
        <translation>XML 선언에 지정된 문자 집합 “%1”을(를) 알 수 없어 무시했습니다.</translation>
    </message>
    <message>
        <source>The document names the charset “%1”, which is not known; it was ignored.</source>
        <translation>문서에 지정된 문자 집합 “%1”을(를) 알 수 없어 무시했습니다.</translation>
    </message>
    <message>
        <source>The Content-Type header names the charset %1, but the bytes are not %1; it was ignored.</source>
        <translation>Content-Type 헤더에는 문자 집합 %1이(가) 지정되어 있지만 바이트가 %1이(가) 아니므로 무시했습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicClassifier</name>
    <message>
        <source>There are no tagged articles to learn from.</source>
        <translation>학습할 태그 지정 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The classifier options are out of range.</source>
        <translation>분류기 옵션이 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Training the topic classifier was cancelled.</source>
        <translation>주제 분류기 학습이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The topic classifier data is damaged or truncated.</source>
        <translation>주제 분류기 데이터가 손상되었거나 잘렸습니다.</translation>
    </message>
    <message>
        <source>This is not Newsdesk topic classifier data.</source>
        <translation>Newsdesk 주제 분류기 데이터가 아닙니다.</translation>
    </message>
    <message>
        <source>The topic classifier was saved by a newer Newsdesk (format %1); this one reads format %2.</source>
        <translation>주제 분류기가 더 새로운 Newsdesk에서 저장되었습니다(형식 %1). 이 버전은 형식 %2을(를) 읽습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicEvidence</name>
    <message>
        <source>Reading the tagged articles was cancelled.</source>
        <translation>태그 지정 기사 읽기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The articles to learn topics from could not be read.</source>
        <translation>주제를 학습할 기사를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>기사들의 주제를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>기사의 주제를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRepository</name>
    <message>
        <source>There is no topic with id %1.</source>
        <translation>ID가 %1인 주제가 없습니다.</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>주제에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>There is already a topic named “%1” there.</source>
        <translation>그 위치에 이름이 “%1”인 주제가 이미 있습니다.</translation>
    </message>
    <message>
        <source>A topic cannot move into itself or below itself.</source>
        <translation>주제를 자기 자신 안이나 자기 아래로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>There is already a topic of that name there.</source>
        <translation>그 위치에 같은 이름의 주제가 이미 있습니다.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into itself.</source>
        <translation>주제를 자기 자신에 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into one of its own subtopics.</source>
        <translation>주제를 자신의 하위 주제에 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topics could not be read.</source>
        <translation>주제를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic could not be read.</source>
        <translation>주제를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic could not be looked up.</source>
        <translation>주제를 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic tree could not be read.</source>
        <translation>주제 트리를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic “%1” could not be added.</source>
        <translation>주제 “%1”을(를) 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic could not be added.</source>
        <translation>주제를 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic could not be changed.</source>
        <translation>주제를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic could not be moved.</source>
        <translation>주제를 이동할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be read.</source>
        <translation>주제의 기사를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic could not be deleted.</source>
        <translation>주제를 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topics could not be merged.</source>
        <translation>주제를 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic could not be restored.</source>
        <translation>주제를 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles could not be tagged.</source>
        <translation>기사에 태그를 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic could not be removed from the articles.</source>
        <translation>기사에서 주제를 제거할 수 없습니다.</translation>
    </message>
    <message>
        <source>The tags could not be restored.</source>
        <translation>태그를 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>The tags could not be removed.</source>
        <translation>태그를 제거할 수 없습니다.</translation>
    </message>
    <message>
        <source>The article&apos;s topics could not be read.</source>
        <translation>기사의 주제를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The articles&apos; topics could not be read.</source>
        <translation>기사들의 주제를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The topics&apos; articles could not be counted.</source>
        <translation>주제별 기사 수를 셀 수 없습니다.</translation>
    </message>
    <message>
        <source>The topic&apos;s articles could not be counted.</source>
        <translation>주제의 기사 수를 셀 수 없습니다.</translation>
    </message>
    <message>
        <source>The suggestion could not be rejected.</source>
        <translation>제안을 거부할 수 없습니다.</translation>
    </message>
    <message>
        <source>The rejection could not be undone.</source>
        <translation>거부를 실행 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>The rejected suggestions could not be read.</source>
        <translation>거부한 제안을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleMatcher</name>
    <message>
        <source>The rule has no pattern.</source>
        <translation>규칙에 패턴이 없습니다.</translation>
    </message>
    <message>
        <source>The pattern “%1…” is longer than %L2 characters.</source>
        <translation>패턴 “%1…”이(가) %L2자보다 깁니다.</translation>
    </message>
    <message>
        <source>The regular expression “%1” does not compile: %2 (at character %3).</source>
        <translation>정규식 “%1”을(를) 컴파일할 수 없습니다: %2(%3번째 문자).</translation>
    </message>
    <message>
        <source>The regular expression “%1” matches empty text, so it would match every article.</source>
        <translation>정규식 “%1”이(가) 빈 텍스트와 일치하므로 모든 기사와 일치하게 됩니다.</translation>
    </message>
    <message>
        <source>The phrase “%1” has no words to look for.</source>
        <translation>구문 “%1”에 찾을 단어가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicRuleSet</name>
    <message>
        <source>Topic %1: %2</source>
        <translation>주제 %1: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicSuggestions</name>
    <message>
        <source>No article has a topic set by hand yet, so there is nothing to learn from. Tag a few articles per topic and suggestions will follow.</source>
        <translation>아직 직접 주제를 지정한 기사가 없어 학습할 내용이 없습니다. 주제마다 기사 몇 개에 태그를 지정하면 제안이 나타납니다.</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TopicsDock</name>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>주제 찾기</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add a topic beside the selected one</source>
        <translation>선택한 주제와 같은 수준에 주제 추가</translation>
    </message>
    <message>
        <source>Add Below</source>
        <translation>아래에 추가</translation>
    </message>
    <message>
        <source>Add a subtopic</source>
        <translation>하위 주제 추가</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>병합…</translation>
    </message>
    <message>
        <source>Merge the selected topic into another</source>
        <translation>선택한 주제를 다른 주제에 병합</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Show the articles of every topic</source>
        <translation>모든 주제의 기사 표시</translation>
    </message>
    <message>
        <source>Export Taxonomy…</source>
        <translation>분류 체계 내보내기…</translation>
    </message>
    <message>
        <source>Save every topic, with its colour, codes and rules, as a JSON file</source>
        <translation>모든 주제를 색상, 코드, 규칙과 함께 JSON 파일로 저장</translation>
    </message>
    <message>
        <source>Import Taxonomy…</source>
        <translation>분류 체계 가져오기…</translation>
    </message>
    <message>
        <source>Add the topics of a taxonomy file; topics already there are kept</source>
        <translation>분류 체계 파일의 주제 추가. 이미 있는 주제는 유지됩니다</translation>
    </message>
    <message>
        <source>Import Full IPTC Tree</source>
        <translation>전체 IPTC 트리 가져오기</translation>
    </message>
    <message>
        <source>Add every IPTC Media Topic; topics already there are kept</source>
        <translation>모든 IPTC Media Topic 추가. 이미 있는 주제는 유지됩니다</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>분류 체계</translation>
    </message>
    <message>
        <source>Export or import the topic taxonomy</source>
        <translation>주제 분류 체계 내보내기 또는 가져오기</translation>
    </message>
    <message>
        <source>New Subtopic</source>
        <translation>새 하위 주제</translation>
    </message>
    <message>
        <source>New Topic</source>
        <translation>새 주제</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Delete Topic</source>
        <translation>주제 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its subtopics? %n article(s) will lose the tag. You can undo this.</source>
        <translation>
            <numerusform>“%1”과(와) 그 하위 주제를 삭제하시겠습니까? 기사 %n개에서 태그가 없어집니다. 이 작업은 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Topic</source>
        <translation>주제 병합</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>“%1”을(를) 병합할 주제:</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>열린 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>Export Taxonomy</source>
        <translation>분류 체계 내보내기</translation>
    </message>
    <message>
        <source>Newsdesk taxonomies (*.json);;All files (*)</source>
        <translation>Newsdesk 분류 체계 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Exported the taxonomy to %1</source>
        <translation>분류 체계를 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Import Taxonomy</source>
        <translation>분류 체계 가져오기</translation>
    </message>
    <message>
        <source>IPTC Media Topics</source>
        <translation>IPTC Media Topics</translation>
    </message>
    <message>
        <source>Every topic of “%1” is in the taxonomy already; nothing was added.</source>
        <translation>“%1”의 모든 주제가 이미 분류 체계에 있으므로 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n topic(s) from “%1”</source>
        <translation>
            <numerusform>“%1”에서 주제 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::TrashArticles</name>
    <message numerus="yes">
        <source>Restore %n article(s)</source>
        <translation>
            <numerusform>기사 %n개 복원</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>기사 %n개를 휴지통으로 이동</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsdesk::Triage</name>
    <message>
        <source>Spam score %1 (threshold %2)</source>
        <translation>스팸 점수 %1(임계값 %2)</translation>
    </message>
</context>
<context>
    <name>Newsdesk::TriageDialog</name>
    <message>
        <source>Run Rules on Pending Comments</source>
        <translation>대기 중인 댓글에 규칙 실행</translation>
    </message>
    <message>
        <source>Running the moderation rules and the spam filter over the pending comments…</source>
        <translation>대기 중인 댓글에 검토 규칙과 스팸 필터를 실행하는 중…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>규칙을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No comment is pending.</source>
        <translation>대기 중인 댓글이 없습니다.</translation>
    </message>
    <message>
        <source>Pending comments: %L1. Approve: %L2 · Spam: %L3 · Reject: %L4 · Stay pending: %L5. Apply writes these decisions as one step you can undo.</source>
        <translation>대기 중인 댓글: %L1개. 승인: %L2 · 스팸: %L3 · 거부: %L4 · 대기 유지: %L5. 적용을 누르면 이 결정을 실행 취소할 수 있는 한 단계로 기록합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The spam filter learned from %n approved comment(s).</source>
        <translation>
            <numerusform>스팸 필터가 승인된 댓글 %n개로 학습했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also learned from %n spam comment(s).</source>
        <extracomment>Follows &quot;The spam filter learned from %n approved comment(s).&quot;</extracomment>
        <translation>
            <numerusform>스팸 댓글 %n개로도 학습했습니다.</numerusform>
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
        <translation>댓글</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Stays pending</source>
        <extracomment>Triage&apos;s proposal for a comment it leaves as it is.</extracomment>
        <translation>대기 중 유지</translation>
    </message>
    <message>
        <source>Stays approved</source>
        <translation>승인됨 유지</translation>
    </message>
    <message>
        <source>Stays spam</source>
        <translation>스팸 유지</translation>
    </message>
    <message>
        <source>Stays rejected</source>
        <translation>거부됨 유지</translation>
    </message>
</context>
<context>
    <name>Newsdesk::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address; Newsdesk fetches only http and https URLs.</source>
        <translation>“%1”은(는) 웹 주소가 아닙니다. Newsdesk는 http 및 https URL만 가져옵니다.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL; Newsdesk fetches only those.</source>
        <translation>%1은(는) http 또는 https URL이 아닙니다. Newsdesk는 이 두 가지만 가져옵니다.</translation>
    </message>
    <message>
        <source>“%1” names no server to fetch from.</source>
        <translation>“%1”에 가져올 서버가 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>%1 가져오기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Newsdesk fetches for one page.</source>
        <translation>%1이(가) Newsdesk가 한 페이지에 대해 가져오는 최대 크기인 %2보다 큽니다.</translation>
    </message>
    <message>
        <source>Fetching %1 timed out after %2 s without data from the server.</source>
        <translation>%1을(를) 가져오는 중 %2초 동안 서버에서 데이터가 없어 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere, and following redirects is turned off.</source>
        <translation>%1이(가) 다른 곳으로 리디렉션되지만 리디렉션 따라가기가 꺼져 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up on %1 after %n redirect(s); it probably redirects in a loop.</source>
        <translation>
            <numerusform>%1에서 리디렉션을 %n번 거친 뒤 포기했습니다. 리디렉션이 순환하는 것으로 보입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which Newsdesk does not follow.</source>
        <translation>%1이(가) https에서 일반 http로 리디렉션되며, Newsdesk는 이를 따라가지 않습니다.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>서버가 %2에 대해 %1(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Newsdesk::WxrCommentReader</name>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>pingbacks and trackbacks are notices from other sites, not reader comments</source>
        <translation>핑백과 트랙백은 독자 댓글이 아니라 다른 사이트의 알림임</translation>
    </message>
    <message numerus="yes">
        <source>The item “%1” has no &lt;link&gt; or &lt;guid&gt;, so its %n comment(s) cannot be matched to an article.</source>
        <translation>
            <numerusform>항목 “%1”에 &lt;link&gt; 또는 &lt;guid&gt;가 없어 해당 댓글 %n개를 기사와 연결할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>WordPress export (WXR)</source>
        <translation>WordPress 내보내기(WXR)</translation>
    </message>
    <message>
        <source>This is not a WordPress export: its root element is &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation>WordPress 내보내기가 아닙니다. 루트 요소가 &lt;rss&gt;가 아니라 &lt;%1&gt;입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had only a local date without a time zone; it was read as UTC.</source>
        <translation>
            <numerusform>댓글 %n개에 시간대 없는 현지 날짜만 있어 UTC로 읽었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) had a date that is not a date; they were imported without one.</source>
        <translation>
            <numerusform>댓글 %n개의 날짜를 날짜로 읽을 수 없어 날짜 없이 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author address(es) that were not http(s) links were left out.</source>
        <translation>
            <numerusform>http(s) 링크가 아닌 작성자 주소 %n개를 제외했습니다.</numerusform>
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
        <translation>다른 라이브러리 열기…</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>라이브러리 열기</translation>
    </message>
    <message>
        <source>Newsdesk libraries (*.sqlite *.newsdesk);;All files (*)</source>
        <translation>Newsdesk 라이브러리 (*.sqlite *.newsdesk);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>newsdesk: %1</source>
        <translation>newsdesk: %1</translation>
    </message>
    <message>
        <source>--export-pdf needs --out FILE.</source>
        <translation>--export-pdf에는 --out FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”: use A4 or Letter.</source>
        <translation>알 수 없는 용지 크기 “%1”입니다. A4 또는 Letter를 사용하십시오.</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1이(가) 이미 있습니다. 바꾸려면 --force를 추가하십시오.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1을(를) 기록했습니다</translation>
    </message>
    <message>
        <source>Newsdesk: import, tag, moderate and export news articles.</source>
        <translation>Newsdesk: 뉴스 기사를 가져오고, 태그를 지정하고, 검토하고, 내보냅니다.</translation>
    </message>
    <message>
        <source>Open the library file at &lt;path&gt; (default: $NEWSDESK_LIBRARY or %1).</source>
        <translation>&lt;path&gt;에 있는 라이브러리 파일을 엽니다(기본값: $NEWSDESK_LIBRARY 또는 %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>If the library is empty, fill it with the sample articles.</source>
        <translation>라이브러리가 비어 있으면 예제 기사로 채웁니다.</translation>
    </message>
    <message>
        <source>Print the bundle &lt;name&gt; to PDF and exit.</source>
        <translation>번들 &lt;name&gt;을(를) PDF로 인쇄하고 끝냅니다.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>기록할 PDF 파일.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>A4 (the default) or Letter.</source>
        <translation>A4(기본값) 또는 Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>Replace the PDF file if it exists.</source>
        <translation>PDF 파일이 있으면 바꿉니다.</translation>
    </message>
    <message>
        <source>Files and web addresses given are imported into the library. When a Newsdesk window has the library open already, they are handed to it and that window comes to the front.</source>
        <translation>지정한 파일과 웹 주소를 라이브러리로 가져옵니다. 해당 라이브러리를 이미 연 Newsdesk 창이 있으면 그 창에 넘기고 창을 앞으로 가져옵니다.</translation>
    </message>
    <message>
        <source>Pages, feeds, Newsdesk bundles or web addresses to import.</source>
        <translation>가져올 페이지, 피드, Newsdesk 번들 또는 웹 주소.</translation>
    </message>
</context>
</TS>
