import type { LanguagePack, PackText } from './types';

/*
 * Japanese. No spaces between words, so patterns look for stems. Every pattern is bounded and
 * linear.
 */

/** Nouns for people who use a service. */
const PEOPLE = '(?:ユーザー|ユーザ|利用者|お客様|お客さん|お店|顧客|会員|加入者|開発者|運用者|事業者|店舗|端末|アプリ利用者|皆様|社員|従業員|職員|スタッフ|学生|生徒|患者|旅客|乗客|乗務員|参加者|保護者|住民|寄付者)';

/** What the Japanese pack says to the user. */
const TEXT: PackText = {
  rules: {
    'unreadable-document': {
      description: '文書は検査できる大きさのテキストで、バイナリデータではないこと。',
      messages: {
        tooLarge: '検査していません: 文書は {size} 文字あり、上限 {limit} 文字（設定 "maxFileSize"）を超えています。',
        binary: '検査していません: 文書は Markdown のテキストではなく、バイナリデータのようです。',
        tooDeep: '検査していません: リストや引用の入れ子が深すぎて、妥当な時間で読めません（{line} 行目、約 {depth} 段）。',
        tooComplex: '検査していません: 文書の入れ子が深すぎる（または複雑すぎる）ため読めません。',
      },
    },
    'duplicate-incident': {
      description: 'ワークスペースの二つのポストモーテムが同じインシデントを扱っていないこと（同じ id、または同じ開始時刻とサービス）。',
      messages: {
        sameId: '別のポストモーテムも id "{id}" を使っています: {other}。インシデントごとに別の id にするか、二つの文書をまとめてください。',
        sameStart: '別のポストモーテムが同じ時刻（{started}）に始まった "{service}" のインシデントを扱っています: {other}。同じインシデントなら二つの文書をまとめてください。',
      },
    },
    'related-link': {
      description: '関連インシデントと他のポストモーテムへのリンクが、ワークスペースにある文書を指していること。',
      messages: {
        missingRelated: '"related" に "{target}" がありますが、その id やパスのポストモーテムはワークスペースにありません。',
        missingLink: 'リンク先の "{target}" は、ワークスペースの Markdown ファイルではありません。',
      },
    },
    'action-item-overdue': {
      description: '期限が今日より前の対応項目は完了していること。',
      messages: {
        overdue: 'この対応項目の期限は {due}（{days} 日前）でしたが、完了の記載がありません。完了させるか、完了と記すか、新しい期限を決めてください。',
        overdueRelative: 'この対応項目の期限は {written} 付けの文書で「{due}」とされ、それから {days} 日たちましたが、完了の記載がありません。完了させるか、完了と記録するか、期限を日付で書いてください。',
        overdueAfterDated: 'この対応項目の期限は {due}（{days} 日前）で、この文書の日付（{dated}）より後ですが、結果が記録されていません。経過を管理している場所（追補、チケット）に結果を残すか、ここにそのリンクを記してください。',
      },
    },
    'recurring-incident': {
      description: '以前のポストモーテムとサービスとトリガーが同じインシデントは、再発としてその文書を示すこと。',
      messages: {
        recurs: '再発したインシデントです: {earlier}（{date}）も同じサービス "{service}" とトリガー "{trigger}" で、{days} 日前でした。',
      },
    },
    'unsupported-language': {
      description: 'ポストモーテムは Postmortem が読める言語（英語、韓国語、日本語）で書かれていること。それ以外では内容を検査しません。',
      messages: {
        notRead: 'このポストモーテムは主に {script} の文字で書かれており、Postmortem はまだ読めません（読める言語: {languages}）。項目は検査していません。',
      },
    },
    'front-matter': {
      description: 'front matter は正しい YAML で、各キーの値が許された値であること。',
      messages: {
        yaml: 'front matter が正しい YAML ではありません: {message}。',
        tooLong: 'front matter を読んでいません: {lines} 行、{size} KiB あり、上限の {limitLines} 行または {limitSize} KiB を超えています（ポストモーテムの front matter は通常数十キーです）。',
        enum: '"{key}" の値 "{found}" は使えません。使える値: {allowed}。',
        enumDidYouMean: '"{key}" の値 "{found}" は使えません。使える値: {allowed}。"{suggestion}" のことですか?',
        unknownKind: '"kind" の値 "{found}" はこのプロジェクトが知っている種類ではありません ({allowed})。いずれかを使うか、.postmortemrc.json の "kinds" に "{found}" と必須項目を追加してください。',
        pattern: '"{key}" の値 "{found}" は形式が違います。期待する形式: {expected}。',
        dateOnly: '"{key}" は時刻のない日付です ({found})。この値からは検知・緩和・解決までの時間を計算しません。時刻がわかれば追記してください (例: "{found}T09:30+09:00")。',
        type: '"{key}" は {type} であるべきですが、"{found}" です。',
        other: '"{key}" の値がスキーマに合いません: {message}。',
        replace: '"{value}" に変更',
        unknownKey: '未知の front matter キー "{key}" です。"{suggestion}" のことですか? このままでは何も読みません。',
        renameKey: '"{value}" に名前を変更',
      },
    },
    'required-field': {
      description: 'ポストモーテムの種類に必要な項目が、文書のどこかに書かれていること。',
      messages: {
        missing: '必須項目 "{field}" がありません。"{label}" セクション、"{label}:" の行、または front matter のキーを追加してください。',
        missingForKind: '種類 "{kind}" の障害に必要な項目 "{field}" がありません（"{cue}" からこの種類と判断しました）。"{label}" のセクションか行を追加するか、種類が違う場合は front matter に "kind:" を書いてください。',
        missingKey: '必須の front matter キー "{field}" がありません。',
        insert: '"{label}" セクションを追加',
      },
    },
    'empty-field': {
      description: '書かれている項目には、空やテンプレートの仮の文字ではない実際の内容があること。',
      messages: {
        empty: '"{label}" が空です。{expected}を書いてください。',
        placeholder: '"{label}" にはテンプレートの仮の文字（"{text}"）しかありません。{expected}に置き換えてください。',
      },
    },
    'invalid-value': {
      description: '型のある値（時間、サーバー数、サービス一覧）が読めること。',
      messages: {
        unreadable: '"{found}" を{expected}として読めません。',
        naReason: '"N/A" には理由が必要です。例: "N/A: サーバーは関係しない障害"。',
        noServices: 'サービス名がありません。サービスを一つ以上書いてください。',
        badTimeDigits: '"{found}" は時刻ではありません。分と秒は 2 桁で書いてください（例: "13:05:09"）。このように書かれたタイムラインの項目が {count} 件あります。',
        badTimeMeridiem: '"{found}" は 24 時間制の時刻に AM/PM が付いています。"13:55" か "1:55 PM" と書いてください。このように書かれたタイムラインの項目が {count} 件あります。',
        impossibleDate: '"{found}" は実在する日付ではありません。YYYY-MM-DD 形式で、月は 01〜12、日はその月にある日にしてください。',
        impossibleTime: '"{found}" は実在する時刻ではありません。時は 00〜23、分と秒は 00〜59 です。',
        impossibleOffset: '"{found}" のタイムゾーンのオフセットはどのゾーンにもありません。UTC からの差は最大 14 時間、分は 00〜59 です。',
        notCount: '"{key}" が "{found}" です。12000 や "45.6 million" のような 0 以上の数が必要です。',
      },
    },
    'field-conflict': {
      description: 'front matter、セクション、ラベル付きの行で、時間・数・サービス一覧が一致していること。',
      messages: {
        conflict: 'ここでは{label}が {here} ですが、{where}では {there} です。',
      },
    },
    'duplicate-section': {
      description: 'ポストモーテムの各セクションは一度だけ現れること。',
      messages: {
        duplicate: 'セクション "{title}" は {line} 行目のセクションと重複しています。一つにまとめてください。',
      },
    },
    'duration-mismatch': {
      description: '書かれた障害時間が front matter の resolved − started(または書かれた開始と終了)と一致し、長さが併記された時間の範囲と、概要の長さが文書に書かれた期間と一致していること。',
      messages: {
        mismatch: '障害時間は {stated} と書かれていますが、started → resolved は {computed} です（許容差 {tolerance}）。',
        useComputed: '{computed} に変更',
        besideRange: '「{stated}」という長さが、併記された時間の範囲（{computed}）と一致しません。',
        summaryLength: '概要では障害が「{stated}」続いたとありますが、{line} 行目では {computed} です。',
        restated: 'ここでは障害が「{stated}」続いたとありますが、{line} 行目では {computed} です。',
        labelledEnds: '障害時間は {stated} と書かれていますが、書かれた開始と終了（{line} 行目）からは {computed} です。',
        timelineEnds: '障害時間は {stated} と書かれていますが、タイムラインでは影響の始まり（{from} 行目）から終わり（{to} 行目）まで {computed} です。',
      },
    },
    'part-exceeds-whole': {
      description: '部分が全体より大きくなく、割合が書かれた数と一致していること。',
      messages: {
        serversExceed: '復旧したサーバー（{part}）が全体（{whole}）を超えています。復旧数は全体以下のはずです。',
        usersExceed: '影響を受けたユーザー（{part}）が全ユーザー（{whole}）を超えています。影響を受けた数は全体以下のはずです。',
        percentOver: '{percent}% は全体を超えています。100% 以下のはずです。',
        percentDisagrees: '{whole} のうち {part} は {actual}% で、{percent}% ではありません。',
      },
    },
    'timeline-order': {
      description: 'タイムラインの項目は時間順で、started ≤ detected ≤ mitigated ≤ resolved であること。',
      messages: {
        entryBackwards: 'この項目（{time}）は一つ前の項目（{previous}、{line} 行目）より前の時刻です。タイムラインは時間順に書いてください。',
        milestoneOrder: '"{key}"（{time}）が "{earlierKey}"（{earlierTime}）より前です。started ≤ detected ≤ mitigated ≤ resolved の順のはずです。',
      },
    },
    timezone: {
      description: 'タイムラインの時刻と主要な時刻にはタイムゾーンがあり、タイムラインに一度、または設定に書かれていること。',
      messages: {
        timeline: 'タイムラインの時刻 "{time}" にタイムゾーンがありません（タイムゾーンのない項目が {count} 件）。"タイムライン（時刻はすべて JST）" のような見出し、"時刻 (JST)" のような表の見出し、"時刻はすべて JST。" のような行で一度書くか、.postmortemrc.json に "timezone" を設定してください。',
        milestone: '"{key}"（{time}）にタイムゾーンがありません。"+09:00" や "Z" のようなオフセットを付けるか、.postmortemrc.json に "timezone" を設定してください。',
        stateOnce: 'タイムゾーンを一度書く: "(all times {zone})"',
        addZone: 'タイムゾーン {zone} を付ける',
      },
    },
    placeholder: {
      description: 'コードとコメントの外に、テンプレートの仮の文字（TODO、TBD、<...>、{{...}}、??、YYYY-MM-DD）が残っていないこと。',
      messages: {
        placeholder: 'テンプレートの文字 "{text}" が残っています。実際の値に置き換えるか、削除してください。',
      },
    },
    'unknown-service': {
      description: '影響を受けたサービスは、設定されたサービス一覧の名前であること。',
      messages: {
        unknown: 'サービス "{name}" はサービス一覧にありません。.postmortemrc.json の "services" にある名前を使うか、そこに追加してください。',
        unknownDidYouMean: 'サービス "{name}" はサービス一覧にありません。{suggestions} のことですか?',
        replace: '"{value}" に変更',
      },
    },
    'action-item': {
      description: '未完了の対応項目はすべて追跡されている（Issue やチケットへのリンク）か、担当者と期限があること。',
      messages: {
        noOwner: '対応項目に期限はありますが、担当者も追跡リンクもありません。人かチーム（"担当: @alice"）を書くか、追跡している Issue にリンクしてください。',
        noDue: '対応項目に担当者はいますが、期限も追跡リンクもありません。期限（"期限 2024-03-01"）を書くか、追跡している Issue にリンクしてください。',
        noDueAsap: '対応項目の期限が「{word}」で、日付がありません。日付（"期限 2024-03-01"）を書くか、追跡している Issue をリンクしてください。',
        noOwnerNoDue: '対応項目に追跡リンクも担当者も期限もありません。追跡している Issue にリンクするか、担当者と期限（"担当: @alice、期限 2024-03-01"）を書いてください。',
      },
    },
    'blameless-language': {
      description: 'ポストモーテムは責める相手ではなく、システムと判断について書くこと。',
      messages: {
        blaming: '"{text}" は人を責める表現です。システム、プロセス、ツールの何がそれを許したのかを書いてください。',
        blamingInstead: '"{text}" は人を責める表現です。何がそれを許したのかを書いてください。例: "{instead}"。',
        person: '"{text}" は人を原因としています。どんな変更や操作があり、何がそれを害につなげたのかを書いてください。',
        reword: '"{instead}" に書き換える',
      },
    },
  },
  fields: {
    summary: { label: '概要', description: '何が起きたかの短いまとめです。他を読まない読者のためのものです。' },
    cause: { label: '原因', description: '障害の原因: きっかけと、それが害になった条件です。' },
    duration: { label: '障害時間', description: 'ユーザーが影響を受けた時間です。例: `4時間10分`、`14:50〜19:00 JST`。' },
    affected_services: { label: '影響を受けたサービス', description: '停止または劣化したサービスです。リストの一項目に一つずつ書きます。' },
    servers_restored: { label: '復旧したサーバー', description: '何台のうち何台のサーバーを復旧したかです。例: `3万2000台中1万2000台`、または理由付きの `N/A`。' },
    user_impact: { label: 'ユーザーへの影響', description: 'ユーザーが経験したことです。分かる場合は数も書きます。例: `5200万人中4560万人`。' },
    timeline: { label: 'タイムライン', description: 'いつ何が起きたかを、時刻とタイムゾーン付きで順に書きます。' },
    detection: { label: '検知', description: '障害にいつ、どのように気づいたかです。' },
    resolution: { label: '対応内容', description: '障害を緩和し解決するために行ったことです。' },
    communication: { label: '周知', description: 'ユーザーや関係者に、いつ何を伝えたかです。' },
    lessons_learned: { label: '教訓', description: 'チームが学んだこと: うまくいったこと、うまくいかなかったこと、運が良かったことです。' },
    action_items: { label: '再発防止策', description: '今後の対応です。それぞれに担当者と、期限または追跡リンクを付けます。' },
  },
  keys: {
    kind: '障害の種類（`outage`、`degradation`、`infrastructure`、`security`、`data-loss`、`near-miss`、またはチームの種類）。必須の項目はこれで決まります。',
    type: '場所に関係なく、このファイルをポストモーテムとして示します: `type: postmortem`。',
    title: '障害のタイトルです。',
    date: '障害の日付（`YYYY-MM-DD`）です。日付なしで書いた時刻はこの日として読みます。',
    severity: '設定された一覧の重大度ラベルです（既定は SEV1（最も重い）〜SEV5）。',
    status: 'レビューの状態: `draft`、`in-review`、`final` のいずれかです。',
    authors: 'ポストモーテムを書いた人の一覧です。',
    started: '影響が始まった時刻（オフセット付きの ISO 8601）です。TTD、TTM、TTR はここから数えます。',
    detected: '障害に気づいた時刻です。TTD = detected − started。',
    mitigated: '影響を抑えた、または回避した時刻です。TTM = mitigated − started。',
    resolved: '障害が終わった時刻です。TTR = resolved − started。',
    users_affected: '影響を受けたユーザーの数です。',
    users_total: 'ユーザー全体の数です（影響の割合の計算用）。',
    trigger: '障害のきっかけです（きっかけ別のレポート用）：binary push、configuration push、dependency、capacity、hardware、power、network、security、またはチーム独自の値。',
    cause_category: '根本原因の分類です。`trigger` と同じ値を使います。',
    id: 'レポートと `related` で使う障害 ID です（既定：`.md` を除いたファイル名）。',
    related: '関連する障害の ID またはパスの一覧です。',
  },
  terms: {
    'expected.duration': '`4時間10分`、`250分`、`14:50〜19:00 JST` のような時間',
    'expected.affected_services': 'サービス名の一覧',
    'expected.servers_restored': '`3万2000台中1万2000台` のような復旧サーバー数、または理由付きの `N/A`',
    'expected.user_impact': 'ユーザーが経験したことの説明',
    'expected.pattern': '{pattern} に一致する値',
    'expected.zone': '"Asia/Tokyo"、"UTC"、"JST"、"+09:00" のようなタイムゾーン',
    'count.restored': '復旧 {n}',
    'count.total': '全体 {n}',
    'count.affected': '影響 {n}',
    'instead.processGap': 'プロセスやツールの不備',
    'instead.noInformation': '知るための情報がなかった',
    'instead.notAlerted': '通知を受けていなかった',
    'instead.unintentionally': '意図せず',
    'list.or': '、',
    'where.frontMatter': 'front matter（"{key}"）',
    'where.section': '{line} 行目のセクション',
    'where.line': '{line} 行目',
    'where.table': '{line} 行目の表',
    catalog: 'サービス一覧',
    usedInOne: '1 件のポストモーテムで使用',
    usedIn: '{count} 件のポストモーテムで使用',
    fixAll: '自動修正できるポストモーテムの問題をすべて修正',
    insertMissingSections: '足りないセクションを追加',
    insertTimelineEntry: 'タイムラインの項目を追加',
    'import.alertFired': 'アラート {name} 発生',
    'import.alertResolved': 'アラート {name} 解消',
    'import.tagged': '{name} タグ',
    importTimeline: 'タイムラインをインポート',
    'command.imported': 'タイムラインの項目を {count} 件インポートしました。',
    'command.importNothing': '新しいタイムラインの項目はありません。ファイルに期間内の項目がないか、すべてタイムラインにあります。',
    'command.importProblems': 'インポートしませんでした: {problems}',
    today: '今日',
    now: '現在',
    'config.withoutTeamSchema': '{message}。チームのスキーマなしで検査します。',
    'config.lastValidStays': '{message}。最後に正しかった設定を引き続き使います。',
    'command.notOpen': '文書がエディターで開かれていません。',
    'command.busy': '文書はまだ検査中です。少し待ってからもう一度試してください。',
    'command.unreadable': '文書を Markdown として読めませんでした。',
    'command.nothing': 'すべてのセクションがすでにあります。',
    'command.openBlock': '文書が閉じられていないコードブロックか HTML ブロックの中で終わっているため、末尾に追加した見出しは見出しになりません。ブロックを閉じてからもう一度試してください。',
    'command.rejected': 'エディターが変更を適用しませんでした（その間に文書が変わった可能性があります）。',
    'command.inserted': '追加しました: {sections}。',
  },
  phrase: (d) => d.replace(/(?:です)?。$/, ''),
  durationUnits: { day: '日', hour: '時間', minute: '分', join: '' },
  hover: {
    duration: '時間', timestamp: '時刻', ratio: '比率', count: '数', about: '約', min: '分',
    fromRange: '開始時刻と終了時刻から計算しました。', stated: '書かれた値', field: '項目', required: '必須', optional: '任意',
    zoneWritten: '時刻と一緒に書かれている', zoneTimeline: 'タイムライン全体に一度書かれている', zoneConfig: '`timezone` 設定から',
    noZone: 'タイムゾーンなし: 本文、タイムライン、設定のどこにもないため、正確な時点は分かりません。',
    noDate: '日付なし: 本文にも文書にも日付がありません。', zone: 'タイムゾーン', notStated: '書かれていない', outOfOrder: '順序が合わない',
    unreadable: '読めません（invalid-value を参照）',
    milestone: 'マイルストーン', metric: '指標', value: '値', definition: '定義',
    ttd: '検知までの時間 = detected − started', ttm: '緩和までの時間 = mitigated − started', ttr: '解決までの時間 = resolved − started',
  },
  preview: {
    card: 'ポストモーテムの概要',
    severity: '重大度',
    duration: '障害時間',
    ttd: 'TTD',
    ttdTitle: '検知までの時間: 検知 − 発生',
    ttm: 'TTM',
    ttmTitle: '緩和までの時間: 緩和 − 発生',
    ttr: 'TTR',
    ttrTitle: '解決までの時間: 解決 − 発生',
    services: '影響を受けたサービス',
    servers: '復旧したサーバー',
    users: '影響を受けたユーザー',
    timeline: 'タイムライン',
    notStated: '記載なし',
    unreadable: '記載はあるが読めない',
    notApplicable: '該当なし',
    about: '約',
    computed: '発生 → 解決の時刻から計算',
    milestones: { started: '発生', detected: '検知', mitigated: '緩和', resolved: '解決' },
    serversOf: (r, t) => `${t}台中${r}台`,
    usersOf: (a, t) => `${t}人中${a}人`,
    usersCount: (a) => `${a}人`,
    serversCount: (r) => `${r}台`,
    percent: (p) => `${p}%`,
    timesIn: (z) => `${z} 基準`,
    gap: (d) => `${d} の間隔を短縮`,
    unplaced: '時刻をタイムラインに置けない',
    moreServices: (n) => `ほか ${n} 件`,
    charWidth: 12,
  },
};

export const ja: LanguagePack = {
  id: 'ja',
  name: 'Japanese',
  nativeName: '日本語',
  homeZone: { abbreviation: 'JST', iana: 'Asia/Tokyo', offset: '+09:00' },
  aliases: {
    summary: ['概要', 'サマリー', '要約', '障害概要'],
    cause: ['原因', '根本原因', '発生原因', '障害原因'],
    duration: ['障害時間', '影響時間', '障害期間', '継続時間', '障害継続時間'],
    affected_services: ['影響を受けたサービス', '影響サービス', '対象サービス'],
    servers_restored: ['復旧したサーバー', 'サーバー復旧'],
    user_impact: ['影響', 'ユーザー影響', 'ユーザーへの影響', '影響範囲', '損失', '損失額', '費用影響', 'コスト影響', '追加費用', '超過金額', '超過額'],
    timeline: ['タイムライン', '時系列', '経緯'],
    detection: ['検知', '発覚'],
    resolution: ['対応内容', '復旧対応', '対応', '復旧方法'],
    communication: ['告知', '周知'],
    lessons_learned: ['教訓', '学び', '振り返り'],
    action_items: ['再発防止策', '今後の対策', '恒久対策', 'アクションアイテム', '対応項目', '対応事項', '今後の対応', '残課題', 'これから', '今後'],
  },
  intents: [
    { field: 'summary', re: /概要|サマリ|要約|何が起き(?:た|ていた)/, score: 2 },
    { field: 'cause', re: /原因|なぜ(?:起き|発生)|^なぜ|要因|トリガー|発端|きっかけ/, score: 2 },
    { field: 'cause', re: /^(?:私たちが|我々が)?立てた問い$|メカニズム|問題点|技術的(?:詳細|分析)|分析結果|^何が変わった(?:か|のか)?[?？]?$/, score: 1 },
    { field: 'duration', re: /^所要$|^(?:発生|障害)?期間$|(?:障害|影響|停止|ダウン|発生|継続|所要|復旧)(?:時間|期間)|(?:未同期|同期停止|欠測|遅延|欠落)の?(?:時間|期間)|(?:公開|露出|漏えい|漏洩)(?:状態)?(?:で)?(?:あった)?期間|(?:不可|不能|不通|中断)の?(?:時間|期間)|でき(?:ない|なかった)(?:時間|期間)|ダウンタイム/, score: 3 },
    // (`## どうしてこうなったか`: how it came to be, the cause told as a story.)
    { field: 'cause', re: /^(?:どうして|なぜ)(?:こう|そう)なった(?:の)?(?:か)?[?？]?$/, score: 2 },
    { field: 'affected_services', re: /影響を受け(?:た|る)(?:サービス|システム|機能|コンポーネント|製品|アプリ|もの)|(?:影響|対象|障害)(?:サービス|システム|機能)|影響(?:の|が)あった(?:サービス|機能|システム)/, score: 3 },
    // `漏えい等した個人データの項目`: in a leak, what was exposed is what was hit (as `What was exposed` in English).
    // (`影響エリア:江東区 有明・東雲…(ステーション 41 か所)`: where a service on the ground stopped is what was hit.)
    { field: 'affected_services', re: /^(?:影響|対象)(?:エリア|地域)$/, score: 2 },
    { field: 'affected_services', re: /(?:漏えい|漏洩|流出|露出)(?:等)?(?:した|された|の(?:おそれのある|あった))(?:個人)?(?:データ|情報)/, score: 2 },
    // A review whose headings are questions (`何が壊れたか？`, `誰が気づいたか？`, `どれくらい続いたか？`).
    { field: 'affected_services', re: /^何が(?:壊れた|止まった|落ちた|使えなくなった|影響を受けた)/, score: 2 },
    { field: 'detection', re: /^(?:誰|だれ)が(?:最初に)?(?:気づいた|気付いた|見つけた|発見した)|^どう(?:やって|して)?(?:気づいた|気付いた|発見した|分かった|わかった)|^いつ(?:気づいた|気付いた)/, score: 2 },
    { field: 'duration', re: /^(?:どれ|どの)(?:くらい|ぐらい)(?:の(?:時間|期間))?(?:続いた|止まった|かかった|影響が(?:あった|続いた))/, score: 3 },
    { field: 'user_impact', re: /^(?:誰|だれ)に(?:影響|被害)|^何を失った/, score: 3 },
    { field: 'resolution', re: /^どう(?:やって)?(?:直した|復旧した|解決した|止めた|収束させた)/, score: 2 },
    { field: 'communication', re: /^(?:顧客|お客様|利用者|ユーザー?)(?:に|へ)(?:は)?(?:どう|何を)(?:伝えた|連絡した|知らせた|お知らせした)/, score: 2 },
    { field: 'lessons_learned', re: /^何が(?:よかった|良かった|うまくいった)|^(?:よかった|良かった)(?:こと|点)/, score: 3 },
    { field: 'action_items', re: /^何を(?:変える|直す|改善する|する)(?:か|のか)?[?？]?$/, score: 3 },
    { field: 'servers_restored', re: /(?:サーバー?|ホスト|ノード|機器)(?:の)?(?:復旧|再起動|復帰)|復旧した(?:サーバー?|ホスト|ノード)/, score: 3 },
    { field: 'user_impact', re: /(?:ユーザー?|利用者|お客様|顧客)(?:への|の)?(?:影響|被害)|(?:ユーザー?|利用者|お客様|顧客)(?:から|に|が)(?:見え(?:た|ていた)|見た|体験した)(?:もの|こと)|影響範囲|被害(?:の内訳|状況|規模|範囲)|影響度|(?:漏えい|漏洩|流出|露出|公開)(?:の)?(?:範囲|状況|規模)/, score: 3 },
    { field: 'user_impact', re: /影響|被害|症状|事象|^損傷(?:と|・|及び)?(?:費用|損害|コスト)?$|^損害$/, score: 2 },
    { field: 'timeline', re: /タイムライン|時系列|経緯|経過|発生から復旧まで/, score: 3 },
    { field: 'detection', re: /検知|発覚|検出|気付いた経緯/, score: 2 },
    { field: 'resolution', re: /対応内容|復旧対応|暫定対応|応急処置|対処|復旧方法|解決策|対応/, score: 2 },
    // (`## 7. 暫定対策`: the interim measures put in place, most already in force; the lasting ones are the 恒久対策 / 再発防止策.)
    { field: 'resolution', re: /^(?!.*(?:恒久|再発防止)).*(?:暫定|応急)(?:対策|措置)/, score: 3 },
    { field: 'communication', re: /告知|周知|お知らせ|連絡/, score: 2 },
    { field: 'lessons_learned', re: /教訓|学び|学んだこと|振り返り|反省|良かった点|悪かった点|所感|正しく対応できたこと|改善したこと|^(?:何|なに)が(?:悪かった|うまくいかなかった)か$/, score: 3 },
    { field: 'action_items', re: /^これから(?:やること|の(?:対応|対策|課題))?$|^今後$|再発防止|今後の(?:対策|対応|課題|予定|取り?組み?)|恒久(?:対応|対策)|アクション ?アイテム|^アクション$|フォローアップ|改善策|対策|やること|やるべきこと|ネクストアクション|宿題/, score: 3 },
  ],
  cues: {
    cause: [/原因/, /起因/, /(?:一番の|最大の|根本的な)問題/, /きっかけ/, /発端/, /要因/, /ことが(?:判明|分かった|わかった|明らかになった)/, /ため(?:に)?(?:、|,|発生|障害|停止|でき)/, { first: /により|によって/g, then: /発生|停止|障害|失敗|エラー/, within: 30 }, /せいで/],
    incident: /障害|二重|重複|実際と異な|誤表示|表示誤り|誤って表示|誤った(?:数値|データ|金額|値|表示|情報|集計)|止め(?:る|た|ら|て)|[2２二][ \t]?回(?:請求|決済|送信|配信|実行|付与)|発生し|停止|止まって|膨らみ|急増|欠落|更新されな|表示されな|読み込めな|届かな|[せれけ]ない状態|ダウン|エラー|失敗|不具合|遅延|遅れて(?:届|到着|配信|表示)|影響|復旧|ハング|クラッシュ|中断|利用でき|接続でき|できな(?:かった|くな)|できませんでした/,
    windowLabel: /^(?:日時|期間|(?:障害|影響|発生|停止)(?:日時|期間|時間帯))$/,
    timelineDown: /障害(?:が)?発生|(?:サービス|サイト|システム)(?:が|の)?(?:全面)?(?:停止|ダウン)(?:が発生|した|する|開始)|利用(?:が)?できなくなる|利用不可(?:に|と)なる/,
    timelineBack: /(?:全面|完全)?復旧(?:を)?(?:完了|確認)|(?:サービス|システム)(?:が|の)?(?:正常化|再開)|正常(?:に)?(?:復旧|稼働)(?:を)?(?:確認)?|障害(?:が)?(?:解消|収束)/,
    noDowntime: /(?:サービス|サイト|システム|アプリ)(?:の)?(?:停止|ダウン|中断)(?:[はも]|や[^。\n]{1,20}?[はも])(?:一切)?(?:ありません|ありませんでした|なし|なく|なかった|発生していません|発生しませんでした|生じていません)|(?:停止|ダウンタイム)(?:は|も)(?:一切)?(?:ありません|なし|なかった|発生していません)/,
    vagueLength: /(?:数|何)[ \t]?(?:時間|分|日|週間)|\d{1,3}[ \t]?[~〜～-][ \t]?\d{1,3}[ \t]?(?:時間|分|日)/,
    lengthBefore: ['合計', '計', 'までの', 'なかった時間は', 'ていた時間は', '止まっていた時間は', '停止していた時間は', '使えなかった時間は', '障害時間は', '障害時間', '影響時間は', '影響時間', '影響期間は', '期間の', '障害期間は', '停止期間は', '所要時間は', '所要時間', '停止時間は', '停止時間', 'ダウンタイムは', 'ダウンタイム'],
    approximately: ['約', 'およそ', 'だいたい', '大体', 'ほぼ'],
    lengthAfter: /^[ \t]{0,2}(?:くらい|ぐらい)?(?:間|にわたり|にわたって|にわたる|程度|ほど|以上|もの間|続い|続き|継続|の?(?:障害|停止|ダウン|遅延|ハング|中断|影響)|後に復旧|で(?:復旧|止め|止ま|停止|収束|解消|終わ)|かかっ)/,
    rangeWindowAfter: /^[ \t]?の間/,
    lengthAfterAlone: /^[ \t]{0,2}(?:遅れ|遅延し|にわたって続|にわたり続|長く(?:なり|なった|かかり|かかった|[^\s。、]{1,12}(?:でき|いただけ)(?:な|ず)))|^[、,][^。\n]{1,40}(?:状態|状況)が続/,
    notLengthAfter: /^[ \t]{0,2}(?:後|前|ごと|おき|以内|経っ|たっ)/,
    notLengthBefore: /(?:毎|ごと|おき|間隔|タイムアウト|timeout|ttl|以内|後|前)[ \t]{0,2}$/i,
    services: [
      /(?<![\p{L}\p{N}._-])[A-Za-z][\w.-]{1,30}(?:が|は|の|で)(?:全面的に|一時的に|完全に)?(?:停止|ダウン|利用でき|使用でき|接続でき|起動でき|障害|エラー|不具合|応答しな|ハング|クラッシュ)/u,
      // (`POS レジでクレジットカード・電子マネー決済が不可`: what could not be done names the function.)
      // (`暗号資産の出金処理が停止・遅延しました`, `5G SA 利用者のデータ通信でタイムアウト・速度低下`: a process or a line of business that stopped.)
      /(?:サービス|システム|機能|サイト|アプリ|サーバー?|API|ログイン|認証|決済|予約|注文|受付|配信|再生|メール|出金処理|入金処理|送金処理|出金|入金|送金)(?:が|は)?(?:停止|ダウン|障害|エラー|利用不可|使えな|不可|できな|不達|届かな|届かず)|(?:データ)?通信(?:で|に)(?:タイムアウト|速度低下|遅延|障害|品質劣化|断)/,
      // A product named in 「」, then what failed in it: `「カゾエル」において、画面が表示されない`, `「ハナレオーダー」で、大きめの障害`.
      // (`「shipit-bot」が、…全社チャンネルに投稿してしまいました`: what it did that it should not have.)
      // (`勤怠アプリ(「キンタイくん」)に、…ログインできませんでした`, `「CampusReg」へのアクセスが集中し`.)
      { first: /「[^」「\n]{1,30}」[)）]?(?:から|[でのがはにへ])/g, then: /障害|停止|ダウン|エラー|不具合|表示されな|実際と異な|誤った|でき(?:な|ず|ませ)|アクセス(?:が)?集中|5\d\d|応答しな|無応答|失敗|遅延|遅れ|期限切れ|別の(?:お客様|ユーザー|会員|人)|他人の|他のお客様|誤(?:って|った)|漏洩|流出|てしまい(?:まし)?た|てしまった/, within: 60 },
      // A notice that names its product in the greeting (`『星詠みのアルカディア』をお楽しみいただき`): that product is what it is about.
      /[『「][^』「」『\n]{1,30}[』」]を(?:お楽しみ|ご利用|ご愛顧)/,
      // `注文 API の書き込み系が 5xx`, `API ドメインの TLS 証明書が期限切れ`.
      { first: /API|サーバー?|DB|データベース|バッチ|アプリ|サイト/g, then: /5xx|5\d\d|エラー|タイムアウト|期限切れ|停止|ダウン|悪化|遅延/, within: 40 },
      // `Jenkins のジョブ実行と…ができなくなりました`: a product by its Latin name, then what failed.
      // (`Webhook(決済完了通知)の処理が遅延した`: a note in parentheses after the name.)
      { first: /(?<![\w.-])[A-Za-z][\w.-]{1,30}(?:[(（][^()（）\n]{1,20}[)）])?[ \t]?(?:の|が|で)/g, then: /停止|ダウン|エラー|タイムアウト|でき(?:な|ず)|失敗|応答しな|遅延/, within: 25 },
      // `影響範囲: 売上ダッシュボードと精算レポート`: the scope of the impact, named as systems.
      /影響範囲[*_ \t]{0,3}[:：][^\n:：]{0,80}?(?:ダッシュボード|レポート|テーブル|サービス|システム|API|アプリ|サーバー?|DB|データベース|バッチ|画面|サイト|クラスタ)/,
      // `影響を受けたのはオンライン申請サイトのみで`: what was hit, said plainly.
      /影響を受けた(?:の|サービス|システム|ジョブ|バッチ|処理|機能)は/,
      // `- 対象: 東京DCの本番環境全体(Web、API、社内管理画面)`: what was hit, labelled as the target.
      /(?:影響)?対象(?:サービス|システム|範囲)?[ \t]{0,2}[:：][^\n:：]{0,60}?(?:環境|サービス|システム|API|Web|画面|アプリ|サイト)/,
      // `社内 Wiki・勤怠システム…の 4 つのツールにアクセスできなくなりました`: what could not be reached.
      { first: /ツール|システム|サービス|サイト|アプリ|画面|Wiki/g, then: /^[^。\n]{0,6}?(?:に|へ)[ \t]?(?:アクセス|接続|ログイン)(?:が)?でき(?:な|ず|ませ)/, within: 0 },
      // `チェックイン機 … 計 84 台が、起動直後に再起動を繰り返す`: machines that kept restarting.
      { first: /機|端末|装置|サーバー?|ノード|Pod|ワーカー/g, then: /再起動を繰り返/, within: 40 },
      // `複数チームのバッチジョブ(Job / CronJob)の Pod が退避され`: jobs evicted and run again.
      /(?:ジョブ|バッチ|Pod)[^。\n]{0,30}?(?:退避|evict)(?:され|[)）]され)/,
      // `カート画面で一部のお客様のセッションが引き継がれない問題`, `カートの不具合が続いた`: what broke in a screen or a function.
      /(?:画面|機能|ページ|カート|決済|ログイン|予約|検索)(?:で|の)[^。\n]{0,30}?(?:不具合|引き継がれな|表示されな|動かな)/,
      // `カジュアルマッチとフレンドとのルーム対戦は影響なし`: what was not hit, which bounds what was.
      /(?:は|も)(?:影響なし|影響はありませんでした|影響はなかった)/,
      // `本件によるサービスの停止や機能への影響はありません`: no service was hit, said plainly.
      /サービス(?:の停止|への影響)[^。\n]{0,12}(?:ありません|ない|なし|なかった)/,
    ],
    titleFailure: /障害|停止|品質劣化|パケットロス|スプリットブレイン|破損|消失|欠落|紛失|欠損|届かな(?:い|かった)|送られな(?:い|かった)|送信されな(?:い|かった)|悪化|誤(?:投稿|送信|配信|通知|登録|削除|請求|表示)|(?:二重|重複)(?:送信|配信|請求|登録|実行|決済|付与)|ダウン|エラー|失敗|不具合|遅延|ハング|クラッシュ|インシデント|事故|問題|漏洩|枯渇|デッドロック|火災|停電|中断|できな(?:い|かった)|表示されな|利用不可|使えな|split-brain|バグ/i,
    servers: [
      { first: /サーバー?|ホスト|ノード|機器|インスタンス/g, then: /復旧|再起動|復帰|交換|再構築/, within: 60 },
      { first: /(?<![\d,.])\d[\d,.]{0,15}(?:万|千)?台/g, then: /復旧|再起動|復帰/, within: 40 },
    ],
    serversAfterLoss: [{ first: /(?:新しい|新規|代替)(?:サーバー?|ノード|機器)/g, then: /投入|追加|起動|稼働/, within: 30 }],
    people: /^[ \t]{0,2}(?:人|名|(?:の)?(?:ユーザー?|利用者|お客様|顧客|会員|加入者))/,
    loadBefore: /(?:同時接続|同時アクセス|最大接続|ピーク時?の?(?:接続|アクセス))/,
    wholeAfter: /^[ \t]?(?:人|名)?(?:のうち|中)/,
    partBefore: /(?:のうち|中)[、,]?[ \t]?[ぁ-んァ-ヶ一-龥]{1,6}[ \t]?$/,
    impact: [
      // `種別:コスト(サービス影響・データ損失なし)`: what users felt, said as none.
      /(?:サービス|利用者|お客様|顧客|ユーザー)(?:への)?影響(?:[・、][^)）\n]{0,12})?(?:は)?(?:なし|無し|ありません|はない)/,
      // `超過 約 **¥921万**`: in a cost case, the money over the budget is what it cost.
      /超過(?:分|額)?[ \t]?(?:約[ \t]?)?(?:\*\*)?[¥￥$€][ \t]?\d/,
      // `滞留した 71 件の内訳`, `対応が約2日遅れた`: requests held up, counted, or answered late.
      /滞留した[ \t]?\d[\d,]*[ \t]?件|\d[\d,]*[ \t]?件(?:の|が)[ \t]?滞留|対応が[^。\n]{0,12}遅れ/,
      // `4 便が 20〜75 分遅延した`: flights or trains delayed or cancelled, counted.
      /\d{1,4}[ \t]?(?:便|本)(?:が|は|を)?[^。\n]{0,20}?(?:遅延|欠航|運休|遅れ)/,
      // `業務影響は、タイル API の p95 応答時間が…悪化し…`: the impact, named as the topic of its sentence.
      /(?:業務|顧客|お客様|利用者|ユーザー?|サービス)?影響は[、,，]/,
      { first: new RegExp(PEOPLE, 'g'), then: /できな|できず|不可|失敗|エラー|影響|被害|不便|迷惑|遅延|障害|停止|使えな|待た|表示されな|届かな|重複|二重|[2２二][ \t]?(?:通|回|件)ずつ|キャンセル/, within: 60 },
      /(?:利用|使用|ログイン|接続|起動|認証|決済|送信|閲覧|操作)(?:が|は|を)?(?:でき(?:な|ず)|不可|失敗|不能)/,
      // The polite form of a notice: `ゲームをご利用いただけない状態`, `ご利用になれませんでした`.
      /ご(?:利用|使用)(?:いただけ(?:な|ず|ませ)|になれ(?:な|ず|ませ))/,
      // People described by what they could not do (`打刻できなかった社員`): the verb comes first.
      { first: /(?:できなかった|できない|できず|使えなかった|届かなかった|失敗した|エラーにな(?:った|る))/g, then: new RegExp(`^[^。\\n]{0,6}${PEOPLE}`), within: 0 },
      /(?:サービス|機能|アプリ|サイト|画面|システム)(?:が|は)?(?:全面的に|一時的に|完全に)?(?:停止|ダウン|利用でき|使用でき|動作しな|起動しな|クラッシュ|強制終了)/,
      /(?:影響|被害|実害)(?:は|が)?(?:ほぼ|ほとんど)?(?:なし|無し|ありません|なかった|軽微|限定的)/,
      // `商品画像の大半が表示されない状態が 52 分間続きました`, `注文件数は…約 34% 減少`, `問い合わせも 88 件`: what users met, in numbers.
      /表示されない状態|(?:注文|売上|利用|アクセス)(?:件数|数|額)?(?:は|が)[^。\n]{0,24}減少|(?:お?問い合わせ)[^。\n]{0,8}\d[\d,]*[ \t]?件/,
      // `住民等から計186件の問い合わせ`, `避難の遅れ等の被害は確認されていない`, `人的被害…の報告なし`: what reached people, counted, or said as none.
      /\d[\d,]*[ \t]?件の[ \t]?(?:お?問い?合わせ|苦情|通報|申し?出)|被害(?:は|も)?[^。\n]{0,8}?(?:確認されて(?:い)?(?:ない|ません)|報告(?:は)?(?:なし|ありません|されていない))/,
      // `影響について。この間に届くはずだったメールは…`: a paragraph of prose that opens on the impact.
      /^[ \t]*(?:影響|被害|お客様への影響|ユーザーへの影響)(?:について|に関して|としては|の範囲は)[。、,]/,
      // `影響を受けたのは…全部署 (約 180 名) で`: who was hit, said as such.
      /影響を受けた(?:のは|方|人|ユーザー|利用者|社員|お客様|部署|店舗)/,
      /影響(?:が|の)あった[^。\n]{0,6}?(?:お店|店舗|お客|ユーザー|利用者|会員|人|方)/,
      // What failed, counted: `確定に失敗した注文は、ログから数えて約 8,700 件`.
      { first: /失敗|エラー|でき(?:な|ず)/g, then: /(?<![\d,.])\d[\d,.]{0,12}[ \t]?(?:万|千)?[ \t]?件/, within: 45 },
    ],
    ongoing: /[~〜～-][ \t]*(?:継続中|現在|対応中)|未解決|現在も継続|継続中/,
    endEntry: /復旧|解消|正常(?:化|に|稼働)|解決|収束|完了|再開/,
    startEntry: /発生|開始|障害|アラート|検知|エラー|停止|ダウン|報告|問い合わせ|急増/,
    // The whole label: `復旧作業開始` starts the repair, not the incident.
    milestoneLabels: [
      ['started', /^(?:障害)?(?:発生|開始)$/],
      ['detected', /^(?:検知|検出|覚知)$/],
      ['mitigated', /^(?:暫定(?:対応|対処)|緩和)(?:完了)?$/],
      ['resolved', /^(?:復旧(?:完了)?|解消|収束)$/],
    ],
    windowStart: /^(?:発生(?:日時|時刻)?|影響開始|障害発生)$/,
    windowEnd: /^(?:(?:復旧|収束|解消|終了)(?:日時|時刻)?|影響終了)$/,
    recoveredAt: /^[ \t]?(?:ごろ|頃)?[ \t]?に[^。\n]{0,30}?(?:戻っ|戻り|戻る|復旧|回復|収ま|解消|正常化|平常化)/,
  },
  tables: {
    serviceHeader: /^(?:影響を受けた)?(?:サービス|システム|機能|コンポーネント|製品|アプリ|プロダクト)(?:名)?$|^(?:影響)?対象(?:範囲|サービス|システム)?$/,
    unaffected: /^(?:影響なし|影響はなし|影響はありません|正常|問題なし|該当なし)/,
  },
  hostsDown: { first: /サーバー?|ノード|ホスト|機器/g, then: /ダウン|障害|故障|停止|応答なし|落ち/, within: 30 },
  declaredKinds: [
    ['near-miss', /ニアミス|ヒヤリハット/],
    ['security', /セキュリティ|情報漏え?洩?い?|個人情報|不正アクセス|脆弱性/],
    ['data-loss', /データ(?:の)?(?:消失|損失|破損|欠損|不整合)/],
    ['cost', /コスト|費用|課金/],
    ['infrastructure', /インフラ|データセンター|停電|火災/],
    ['degradation', /性能(?:の)?(?:劣化|低下)|遅延|品質(?:の)?低下|サービス(?:の)?低下|縮退/],
    ['outage', /障害|停止|ダウン|不通/],
  ],
  kinds: [
    // Personal data sent or shown to the wrong person (`個人情報の誤送付`, `明細の取り違え`) is a privacy incident: nothing went down.
    ['security', /セキュリティ|脆弱性|不正アクセス|不正閲覧|不正利用|内部不正|不正(?:な)?持ち出し|漏洩|漏えい|侵害|攻撃|マルウェア|フィッシング|乗っ取り|インジェクション|個人情報(?:の)?(?:誤送付|誤送信|誤配送|誤発送|誤表示|流出)|誤送付|(?:宛名|明細|請求書)(?:・[^\s・]{1,4})?の取り違え/],
    ['data-loss', /データ(?:の)?(?:一部|全部|大半|一部が)?(?:の)?(?:消失|損失|削除|破損|欠損|不整合)|二重(?:決済|払い|計上|請求|支払い?|送金|計算|付与|口座振替|振替|引落し?|引き落とし)|過払い|過剰(?:支払|支給)|(?:消失|損失|削除)したデータ|(?:過大|過少)(?:請求|徴収|源泉徴収|支給|控除)|実際より(?:多く|少なく)(?:源泉徴収|徴収|請求|支給|控除)|(?:給与|税額|請求額)(?:の)?(?:誤計算|計算誤り|計算ミス)|試料(?:の)?取り違え|(?:サンプル|検体)(?:の)?取り違え|請求書?(?:の)?誤(?:発行|送付|送信)|誤請求|(?:添付)?ファイル(?:が|の)?(?:欠落|消失|紛失)/],
    ['infrastructure', /データセンター(?:の)?(?:火災|停電|障害|電源|冷却|浸水)|火災|停電|電源(?:障害|喪失)|(?:サーバー?|ノード|ホスト|機器)(?:の)?(?:焼失|全損)/],
    ['cost', /(?:費用|コスト|課金|請求額?|利用料)(?:が)?(?:約)?\d(?:\.\d)?倍|(?:費用|コスト|課金|請求額?|利用料)(?:が|の)?(?:[^。\n]{0,20}?)(?:急増|高騰|超過|超え|跳ね上が|膨らん|倍増)|想定外の(?:費用|課金|請求)/],
    ['degradation', /性能(?:の)?(?:劣化|低下)|サービス(?:品質)?(?:の)?(?:劣化|低下)|劣化|応答(?:の)?(?:遅延|低下)|遅延(?:が)?(?:発生|増加)|断続的(?:な|に)?(?:エラー|障害|失敗|遅延)|一部(?:の)?(?:機能|サービス|ユーザー)(?:で|に|が)?(?:障害|エラー|遅延|不具合)|低速化/],
    ['near-miss', /ニアミス|ヒヤリハット|ユーザー?(?:へ|に)の影響(?:は)?(?:なし|ありません)/],
  ],
  durations: {
    // A day is `日間` only: `1日` is the first of a month (`3月1日`), unless a delay follows (`1日遅れ`).
    units: /[ \t]?(時間|分(?!間隔|散|割|析|類)|秒|日間|日(?=半|遅れ|遅延)|週間)/y,
    unitKeys: { 時間: 'h', 分: 'm', 秒: 's', 日間: 'd', 日: 'd', 週間: 'w' },
    half: /半/y,
    approxBefore: /(約|およそ|おおよそ|ほぼ|最大|最長|最短)[ \t]{0,2}$/,
  },
  counts: {
    percent: 'パーセント',
    tenths: '割(?!り|引|合|れ|く|け)',
    smallUnits: { 千: 1000, 百: 100 },
    bigUnits: { 兆: 1e12, 億: 1e8, 万: 1e4 },
    counters: ['人', '名', '台', '件', '社', '個', '回', '世帯'],
    all: [],
    approx: ['約', 'およそ', 'ほぼ'],
    among: ['のうち', 'うち', '中', 'の中', '中の', 'のうちの'],
  },
  calendar: {
    monthFirst: true,
    eras: [
      { name: '令和', firstYear: 2019 },
      { name: '平成', firstYear: 1989 },
    ],
    year: /年/,
    month: /月/,
    day: /日(?!間)/,
    weekday: /[(（][月火水木金土日](?:曜日?)?[)）]|[月火水木金土日]曜日?/,
    hour: /時(?!間|点|期|代)/,
    minute: /分(?!間)/,
    second: /秒(?!間)/,
    half: /半/,
    am: ['午前'],
    pm: ['午後'],
    zones: [{ words: /[(（]?日本(?:標準)?時(?:間)?[)）]?/, abbreviation: 'JST' }],
  },
  notApplicable: /該当(?:なし|しない|無し)|対象外/,
  deadlineAfter: ['までに', 'まで'],
  rangeFrom: ['から'],
  notice: { apology: /お詫び(?:申し上げ|いたし)|ご迷惑(?:を|と)(?:おかけ|ご不便)/, addressee: /お客様|お客さま|皆様|皆さま|貴社|御社/, internal: /社内|内部/, separately: /別途(?:、)?(?:お詫び|ご連絡|ご案内)/ },
  immediately: /即時(?:適用|実施|反映)?|直ちに(?:実施|適用)?/,
  summaryMark: /[(（](?:要点|要約|概要|抜粋|サマリー?)[)）]/,
  blameTurnedDown: {
    // (`記者 A 個人の不注意として扱わない`: the phrase named to be set aside.)
    reframed: /^[ \t]?(?:ではなく|というより|として(?:は)?扱わ(?:ない|ず)|とは(?:考え|見)(?:ない|ず)|(?:の|に)(?:せい|帰責)に(?:しない|せず))|(?:できてしまう|起こり得る|起こりうる|起きうる)(?:構造|仕組み|設計|体制)/,
    ratherThan: /^[^。.\n]{0,10}(?:というより|というよりも|ではなく)/,
  },
  snapshot: {
    to: /^(?:宛先|宛て先|送付先)$/,
    subject: /^(?:件名|表題)$/,
    posted: /^(?:公開|投稿|掲載)(?:日|[ \t:：])/,
    reportDate: /^(?:提出日|提出年月日)$/,
  },
  blamePhrases: [
    { re: /人為的(?:ミス|エラー|な誤り)/g, instead: 'instead.processGap' },
    { re: /(?:担当者|作業者|オペレーター|開発者)の(?:ミス|不注意|過失|確認不足)/g },
    // `田中の確認不足により`: a surname (two to four kanji) and a failing of theirs, as the reason.
    { re: /(?<![一-龥々])[一-龥々]{2,4}の(?:確認不足|不注意|過失|ミス)(?:に(?:より|よって|よる)|が(?:本件の|今回の|本障害の)?(?:直接の)?原因)/g },
    // `指令員 佐々木 が配信端末の「配信確定」を押し忘れた`: someone by role and name who forgot or skipped.
    { re: /(?:指令員|当番|担当者|作業者|運用者|オペレーター|当直)[ \t]?[一-龥々]{1,4}[ \t]?が/g, then: /^[^。\n]{0,60}(?:忘れ|怠っ|見落とし|確認せず|確認しない(?:まま|で))/ },
    { re: /不注意/g },
    // `佐藤さんが監視設定の投入を忘れていた`, `박준형 님이 … 빠뜨린`: a colleague, by name, who forgot or skipped.
    // (`田村さんが、…差分を十分に確認しないまま作業を進めた`: went on without checking.)
    { re: /[一-龥々ァ-ヶ]{1,6}さん(?:が|の)[^。さ]{0,80}(?:忘れ|怠っ|確認不足|不注意|飛ばし|省略し|無視し|見落とし|見逃し|確認しない(?:まま|で)|確認せず)/g },
    // A stern warning given to someone (`担当者に厳重注意した`, `厳重注意処分`), not one the company got
    // from outside (`記者クラブから口頭での厳重注意となった`).
    { re: /(?:担当者|作業者|本人|当人|社員|職員|さん|氏)に(?:対し(?:て)?)?[、,]?[^。\n]{0,12}厳重(?:に)?注意|厳重(?:に)?注意(?:を(?:行|し|与え)|し(?:た|ました)|処分)/g },
    // `原因は山本さんがステージング用の設定をそのまま本番に適用したこと`: the cause, said to be a colleague by name.
    { re: /原因は[、,]?[ \t]?[一-龥々ァ-ヶ]{1,6}さん(?:が|の)/g },
    // `田村さんがチェックリストを見ずに作業したことが今回の障害を招いた`: a colleague, by name, as the cause.
    // (`失効させた`: a さ that starts no other さん is part of the sentence.)
    { re: /[一-龥々ァ-ヶ]{1,6}さん(?:が|の)(?:[^。さ]|さ(?!ん)){0,100}(?:招いた|招きました|原因(?:だ|です|である|となった|となりました)|(?:の|こと)が(?:直接の|根本の|主な)?原因)/g },
    // `インフラチームの高橋が、…旧ゾーンを削除したことが原因です`: a team's member, by name, as the cause.
    // (Only after `チーム` and `グループ`: a department's kanji (`部`, `課`) before the name's could not be proved safe.)
    { re: /(?:チーム|グループ)の[一-龥々]{1,4}が[^。]{0,60}ことが原因/g },
    // `直接の原因は、運用チームの佐藤が手順書を確認せずに…実行したこと`: the cause, a team's member by name who did not check or forgot.
    // (A thing of the team's, `運用チームの手順書が古く`, is not a person: it must fail to check or forget.)
    // (A start and a `then`: one pattern with the gap and the verbs took recheck over a minute to prove safe.)
    { re: /原因は[、,]?[^。\n、チグ係課班]*(?:チーム|グループ|係|課|班)の[一-龥々]+が/g, then: /^[^。\n]{0,80}(?:確認せず|確認しない(?:まま|で)|忘れ|怠っ|戻さ(?:ず|なかった)|見落とし)/ },
    // `今回の障害は、配信オペレーターの田村 翔太が、…手順を守らずに設定を適用したことによるもの`: the incident, said to be a named person's doing.
    // (`本件は、…を担当したシステム運用部の田中健一が、…設定確認を省略したことによって発生した`: this case, said the same way.)
    { re: /(?:障害|事故|本件)は[、,]?[^。\n、の]*の[一-龥々]+(?:[ \t][一-龥々]+)?が[、,][^。\n]*(?:守らず|確認せず|怠っ|省い|省略し)/g },
    // `直接の原因は、@tamura-k が … CI が赤いのを無視してマージし…`: the cause, said to be a person by handle who ignored or skipped a check.
    { re: /原因は[、,]?[ \t]?@[\w.-]{2,30}[ \t]?(?:さん)?が/g, then: /^[^。\n]{0,80}(?:無視|確認せず|確認しない(?:まま|で)|忘れ|怠っ|見落とし)/ },
    // `ネットワーク担当の佐藤 健一が、…自己判断で…投入したことが今回の障害の原因である`: the same, the person first.
    { re: /(?:担当(?:者)?|当番|当直|オンコール)の[ \t]?[一-龥々]{1,4}(?:[ \t][一-龥々]{1,4})?(?:[ \t]?さん)?[ \t]?が[、,]/g, then: /^[^。\n]{0,100}ことが(?:今回の)?(?:障害|事故|事象|問題)?の?(?:直接の|根本)?原因/ },
    // `原因は運用担当の 佐藤 健太 が、TTL の値を確認しないまま…適用したことにある`: the cause, said to be a named person in a role.
    { re: /原因は[^。\n]{0,20}?(?:担当(?:者)?|当番|当直|オンコール)の[ \t]?[一-龥々]{1,4}(?:[ \t][一-龥々ぁ-んァ-ヶ]{1,4})?(?:[ \t]?さん)?[ \t]?が/g },
    // (`田村さんは普段から確認が雑なところがあり`: a person's habit of care, by name.)
    { re: /[一-龥々]{1,4}さんは[^。\n]{0,20}?(?:確認が雑|注意不足|不注意|確認不足|いい加減)/g },
  ],
  populations: [['顧客', 'お客様', 'ユーザー', '利用者', '会員', 'アカウント', '購入者', 'プレイヤー'], ['加盟店', '出店者', '販売者', '店舗'], ['ドライバー'], ['学生'], ['患者'], ['社員', '従業員'], ['パートナー'], ['開発者'], ['オペレーター', '相談員'], ['住民', '市民'], ['フォロワー']],
  eventDeadline: /来期(?:の)?(?:計画|予算|中)|\d{1,2}[ \t]?月[ \t]?(?:の)?(?:定例|運営|経営|変更|定期)?[ \t]?(?:委員会|会議|審議|レビュー|メンテナンス|リリース|アップデート|訓練)|\d{4}[ \t]?年度[ \t]?(?:上期|下期|上半期|下半期|中)|(?:日程|期限|時期)は[^、。\nで]{1,12}で(?:決め|決定|相談)|次回[ \t]?\d{1,2}[ \t]?月|次回[^\s、,，)）]{1,8}[ \t]?\d{1,2}\/\d{1,2}|(?:期限|実施|適用)[ \t]?[:：][ \t]?(?:即日|即時|直ちに)/,
  toBeWritten: /後日(?:記載|追記|記入)|追って(?:記載|追記)|記載予定/,
  pendingNote: /調査中|(?:確定|決定|判明|回答|通知)(?:後|次第|し次第)|結果(?:を受けて|次第|待ち)|待ち|(?:報告|確認|記載|判断|決定)予定|完了(?:から|後)|[かヵヶケ]月後/,
  modifierEnd: /の(?:ための|為の)/,
  wentWrong: /^(?:うまくいかなかったこと|(?:何|なに)がうまくいかなかったか|(?:何|なに)が悪かったか)$/,
  wentWell: /^(?:うまくいったこと|良かった(?:点|こと)|運が良かった(?:点|こと))$/,
  consulted: /(?<=\p{L})と(?:協議|調整|相談)(?:中)?$/u,
  words: {
    zoneWord: String.raw`タイムゾーン|時差|標準時`,
    exampleHeading: String.raw`テンプレート|例`,
    statusHeader: String.raw`状態|状況|ステータス`,
    severity: String.raw`緊急|重大|高|中|低|軽微|[0-5][ \t]?級|レベル[ \t]?[0-5]|なし|該当なし`,
    timeColumn: String.raw`時刻|日時|日付`,
    incidentTitle: String.raw`インシデント|障害`,
    notANumber: String.raw`該当なし|不明`,
    noLength: String.raw`なし|ありません`,
    unaffected: String.raw`影響(?:なし|はな|を受けな|を受けて(?:い)?ない)`,
    incidentDateLabel: String.raw`発生日`,
    timeParticle: String.raw`には|にも|に|の`,
    windowUntil: String.raw`までの|まで`,
    doneSection: String.raw`実施済み?|(?:すでに|既に)(?:実施|対応|完了)|(?:実施|対応)した(?:もの|こと|対策|内容)|完了|対応済み?|チェックリスト|その後の(?:確認|状況|経過)|効果確認|確認結果|実施結果`,
    followUpSection: String.raw`フォローアップ|追記|進捗(?:状況)?|その後の(?:状況|経過)|対応状況|実施状況`,
    noteLead: String.raw`(?:社内|内部)?メモ`,
    doneStatus: String.raw`完了|対応済み?|実装済み?|済み?|対応しない|見送り|中止|却下|取り?下げ`,
    doneStatusStart: String.raw`完了|(?:対応|実施|適用|導入|反映|展開|設定)済み?|済み?(?![ \t]?予定)|見送り|中止|取り?下げ|(?:対応|実施)しない|却下|検討結果[ \t]?[:：]|検討済み?`,
    donePast: String.raw`(?<!ことにし|予定にし|ようにし)ました`,
    doneWord: String.raw`実装済み?|対応済み?|完了|済み|解決済み?`,
    inUseWord: String.raw`(?:ルール|規程|規則|明文)化(?:済み?|した)?(?![^、,，)）。\n]{0,6}(?:予定|する|を検討))|運用(?:開始|中)|稼働中|導入済み?|適用済み?|変更済み?|直近(?:は|では)?[^)）。\n]{0,20}実施(?:済み?)?`,
    droppedWord: String.raw`現状維持(?:と(?:する|した|判断))?|見送り(?:と(?:した|する|決定|なった))?|見送った|見送ることと?(?:した|に決定)|実施しないこと(?:と|に)(?:した|決定)|不要と判断`,
    onHoldWord: '保留',
    postponedWord: String.raw`(?:へ|に|まで)[ \t]?(?:延期|持ち越し|先送り)`,
    revisitWord: String.raw`再検討|再判断|見て判断|見直し`,
    serverNoun: String.raw`サーバー?|ノード|ホスト`,
    serverCounter: '台',
    peopleCounter: '人|名',
    thingCounterAfter: String.raw`ヶ月|か所|箇所|個|件|回|円|台`,
    thingCounterEnd: String.raw`個|件|回|円|か所|箇所|台`,
    earlyMonth: '上旬',
    monthEnd: String.raw`末|下旬|中(?!旬)`,
    midMonth: '中旬',
    dueLabel: String.raw`期限|期日|目標日`,
    dueLabelBare: String.raw`期限|期日`,
    thisYearEnd: String.raw`年内|今年中`,
    actionStrength: String.raw`(?:強い|中程度の?|弱い)対策`,
    asOf: String.raw`時点|現在`,
    nextSprint: String.raw`次(?:回)?(?:の)?スプリント`,
    quarter: '四半期',
    quarterAfter: String.raw`中|末|まで`,
    ordinalBefore: '第',
    allTimes: '',
    timesWord: String.raw`時間|時刻`,
    zoneBasis: '基準',
    zoneLabel: String.raw`タイムゾーン|時間帯|時刻|基準時刻`,
    approxShort: String.raw`約|およそ|ほぼ`,
    meetingDecides: String.raw`[でにて](?:相談|検討|決める|決定|議論)`,
    ownerWord: '担当',
    ownerPhrase: String.raw`[一-龥々ァ-ヶ]{1,6}さん(?:が|に)(?:対応|担当|実施|進め|調整|確認|作業)|(?:委託先|ベンダー|協力会社)[ \t]?(?:PM|担当者?|マネージャー)`,
    averageWord: String.raw`平均|中央値`,
    plannedWord: String.raw`予定|計画|見込み|承認(?:済み?|された)`,
    measureBefore: String.raw`最大|最長|平均|ピーク(?:時)?|中央値`,
    internalWord: String.raw`社内|内部`,
    totalBefore: String.raw`合計|累計|全体で`,
    lowerBound: String.raw`以上|超|を超え`,
    pointAfter: String.raw`前|後|遅れ|遅延|早く`,
    allItemsDone: String.raw`(?:上の|上記の?)[^。\n]{0,20}(?:全部|すべて|全て)[ \t]?(?:完了|対応済み?|済み?|close|クローズ)`,
    doneLeadEnd: String.raw`(?:以下|次)(?:を|の(?:対応|対策|修正)を)[ \t]?(?:実施|対応|適用|導入|修正|反映)済み?(?:です|となります)?[。.:：]?$`,
    noteDone: String.raw`(?:適用|反映|導入|実施|撤去|配布|リリース)(?:した|しました|済み?|。|$)|改訂済み?`,
    titleOf: String.raw`の|における|で`,
    moreTime: String.raw`さらに|追加で|追加`,
    totalLead: String.raw`総|合計`,
    statisticLead: String.raw`最大|平均|最長|最小|最短|中央値`,
    itemNumbers: String.raw`(?:施策|対策|項目|アクション|タスク)[ \t]?#?(\d{1,2}(?:[ \t]?[・、,，と〜~～][ \t]?#?\d{1,2})*)(?!\d)`,
    nextReport: String.raw`^(?:次回(?:の)?報告|第[2-9２-９二三四五]報|続報|最終報(?:告)?)(?:[(（][^()（）]{1,8}[)）])?(?:は|で|に|にて)`,
    costSection: String.raw`費用(?:影響)?|コスト(?:影響)?|請求額`,
    formatWord: String.raw`形式|書式|文字列|フォーマット|表記`,
    equivalent: String.raw`相当|並み|程度`,
    phoneWord: String.raw`番号|電話`,
    enumMarker: String.raw`[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|\d{1,2}．`,
    systemNoun: String.raw`システム|サービス|フィード|ポータル|エンジン|ゲート(?!ウェイ)|コンソール`,
    sparedWord: String.raw`なかった|ない|対象外`,
    firstHalf: '',
    secondHalf: '',
    labelsLabel: String.raw`ラベル|タグ`,
    kindLabel: String.raw`種別|障害種別|分類|区分|タイプ`,
    keyValueHeader: String.raw`項目|内容|値|数値|指標|詳細|区分|属性`,
    whenLabel: String.raw`日時|(?:発生|障害)(?:日時|期間)|期間|日付`,
    numberHeader: String.raw`番号|項番|通番|No`,
    referencesLabel: String.raw`参考(?:資料|リンク|文献|情報)?|関連(?:リンク|資料|ドキュメント)|添付(?:資料|ファイル)?|付録|リンク(?:集)?|(?:改訂|変更|更新|改版)履歴`,
    nearMiss: String.raw`ニアミス|ヒヤリハット|(?:実際の)?障害は(?:発生して)?(?:い)?(?:ませんでした|なかった)|障害ではあり(?:ません|ませんでした)(?:が|。)`,
  },
  itemsTracked: [
    { lead: /(?:担当|進捗|対応状況)は/, ref: true, verb: /(?:で|にて)(?:割り振|管理|追跡|トラッキング)/ },
    // `上記措置の実施状況は、完了後に改めてご報告する`: a report handed over, the measures' progress reported later.
    { lead: /(?:措置|対策|施策)の?(?:実施|進捗)状況(?:は|については)[、,]?[ \t]?(?:完了後に?|別途|改めて|後日|追って)/ },
    // `進捗は乗員計画部の週次会議で確認し、10 月末に…報告する`: the items' progress is kept at a standing meeting.
    { lead: /進捗(?:状況)?は[^。\n会ミ]*(?:会議|ミーティング)で(?:確認|管理|追跡|報告)/ },
    // `上記再発防止策の実施状況を 2026年3月末までに…貴財団に報告する`: their progress goes into a later report.
    { lead: /(?:措置|対策|施策|防止策)の?(?:実施|進捗)状況(?:は|については|を)[^。\n報]{0,40}報告/ },
  ],
  text: TEXT,
};
