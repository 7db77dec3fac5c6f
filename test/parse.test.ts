import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  matchBlockMarker,
  matchInlineMarker,
  type Point,
  parseSpeech,
  type Section,
  SpeechDocumentSchema,
  SpeechOutlineError,
} from '../src/index.js'

type Flat = [depth: number, raw: string | null, text: string]

function flat(sections: Section[]): Flat[] {
  return sections.flatMap((s) => [[s.depth, s.marker?.raw ?? null, s.text] as Flat, ...flat(s.children)])
}

function outline(text: string): Flat[] {
  const doc = parseSpeech(text)
  SpeechDocumentSchema.parse(doc)
  return flat(doc.sections)
}

describe('parseSpeech: frame', () => {
  it('reads title, salutation, sections and closing of a plain speech', () => {
    const text = [
      '在全区青年干部座谈会上的讲话',
      '同志们：',
      '今天我们召开座谈会，听取大家的意见。下面我讲两点意见。',
      '一、提高认识',
      '青年干部要加强学习，增强本领。',
      '二、狠抓落实',
      '要把各项任务落到实处。',
      '同志们，让我们共同努力！',
    ].join('\n')
    const doc = parseSpeech(text)
    expect(doc.title).toBe('在全区青年干部座谈会上的讲话')
    expect(doc.salutation).toBe('同志们：')
    expect(doc.preamble.map((p) => p.text)).toEqual([
      '今天我们召开座谈会，听取大家的意见。下面我讲两点意见。',
    ])
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '提高认识'],
      [1, '二、', '狠抓落实'],
    ])
    expect(doc.sections[1]!.body.map((p) => p.text)).toEqual(['要把各项任务落到实处。'])
    expect(doc.closing.map((p) => p.text)).toEqual(['同志们，让我们共同努力！'])
  })

  it('drops advertising and a scraped summary before the title, with reasons', () => {
    const text = [
      '关注公众号免费领取更多材料',
      '在全市安全生产工作会议上的讲话同志们：今年以来，全市安全生产形势总体平稳，但是...',
      '在全市安全生产工作会议上的讲话',
      '同志们：',
      '今年以来，全市安全生产形势总体平稳。',
    ].join('\n')
    const doc = parseSpeech(text)
    expect(doc.title).toBe('在全市安全生产工作会议上的讲话')
    expect(doc.removed.map((r) => [r.reason, r.position.start.line])).toEqual([
      ['advertising', 1],
      ['scraped-summary', 2],
    ])
  })

  it('drops a bracketed source line as web furniture, and keeps bracketed markers', () => {
    const text = [
      '在全市工作会议上的讲话',
      '（来源：市融媒体中心）',
      '(来源: 新华社)',
      '（ 稿件来源：本报 ）',
      '（一）',
      '（一）加强领导',
      '(1)压实责任，层层落实。',
    ].join('\n')
    const doc = parseSpeech(text)
    expect(doc.removed.map((r) => [r.reason, r.position.start.line])).toEqual([
      ['web-furniture', 2],
      ['web-furniture', 3],
      ['web-furniture', 4],
    ])
  })

  it('reads a subtitle, a speaker and a date under the title', () => {
    const text = [
      '凝心聚力 实干担当',
      '——在全县经济工作会议上的讲话',
      '张　明',
      '（2024年1月15日）',
      '同志们：',
      '这次会议的主要任务是总结去年工作，部署今年任务。',
    ].join('\n')
    const doc = parseSpeech(text)
    expect(doc.title).toBe('凝心聚力 实干担当')
    expect(doc.subtitle).toBe('——在全县经济工作会议上的讲话')
    expect(doc.author).toBe('张　明')
    expect(doc.date).toBe('（2024年1月15日）')
    expect(doc.salutation).toBe('同志们：')
  })

  it.each([
    ['张三', '张三'],
    ['市委书记　张三', '市委书记　张三'],
    ['（张三）', '（张三）'],
    ['同志们', null],
    ['基本情况', null],
    ['前言', null],
  ])('reads %s under the title as speaker %s', (line, author) => {
    const doc = parseSpeech(
      `在大会上的讲话\n${line}\n今天我们召开会议，研究部署下一阶段的工作任务。会议很重要，大家要认真领会。`,
    )
    expect(doc.author).toBe(author)
  })

  it('reads a salutation written without its colon', () => {
    const doc = parseSpeech('在大会上的讲话\n各位代表、同志们\n今天我们召开会议，研究部署工作。')
    expect(doc.salutation).toBe('各位代表、同志们')
    expect(doc.preamble[0]!.text).toBe('今天我们召开会议，研究部署工作。')
  })

  it('splits a salutation that opens the first paragraph', () => {
    const doc = parseSpeech('在表彰大会上的讲话\n各位代表、同志们：今天我们隆重表彰先进。')
    expect(doc.salutation).toBe('各位代表、同志们：')
    expect(doc.preamble[0]!.text).toBe('今天我们隆重表彰先进。')
  })

  it('has no title when the text starts with the body', () => {
    const doc = parseSpeech('一、总体情况\n今年工作稳中有进。\n二、存在问题\n问题仍然不少。')
    expect(doc.title).toBeNull()
    expect(doc.sections).toHaveLength(2)
  })
})

describe('parseSpeech: broken titles and hard-wrapped text', () => {
  it('joins a title broken over two lines', () => {
    const doc = parseSpeech('在全市基层治理工作推进会\n上的讲话\n同志们：\n一、统一思想\n正文。')
    expect(doc.title).toBe('在全市基层治理工作推进会上的讲话')
    expect(doc.frame.title).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 2, column: 5 } })
    expect(doc.salutation).toBe('同志们：')
  })

  it('rejoins the lines of a text hard-wrapped at a fixed width, headings included', () => {
    const paragraphs = [
      '一、统一思想，充分认识加强基层治理工作的重要意义和深远影响',
      '基层是社会治理的最后一公里，也是服务群众的第一线。上半年，全市各级各部门认真落实市委部署，基层治理工作取得了明显成效。',
      '二、突出重点，扎实推进基层治理各项任务，确保取得实实在在的成效',
      '下半年，要重点抓好以下几项工作，确保各项任务落到实处，让群众有更多的获得感、幸福感和安全感。',
    ]
    const wrapped = paragraphs.flatMap((p) => p.match(/.{1,20}/g) ?? [])
    const doc = parseSpeech(wrapped.join('\n'))
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '统一思想，充分认识加强基层治理工作的重要意义和深远影响'],
      [1, '二、', '突出重点，扎实推进基层治理各项任务，确保取得实实在在的成效'],
    ])
    expect(doc.sections[1]!.body[0]!.text).toBe(paragraphs[3])
  })
})

describe('parseSpeech: headings', () => {
  it('takes a heading text up to the first sentence end, the rest as body', () => {
    const doc = parseSpeech(
      '一、加强学习，提高素质。学习是立身之本。\n二、改进作风，狠抓落实。作风建设永远在路上。',
    )
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '加强学习，提高素质'],
      [1, '二、', '改进作风，狠抓落实'],
    ])
    expect(doc.sections[0]!.body[0]!.text).toBe('学习是立身之本。')
  })

  it('ignores sentence ends inside quotes and book titles', () => {
    const doc = parseSpeech('一、学习《关于加强学习。的意见》精神，做到“学懂。弄通”。正文。\n二、再来一条。')
    expect(doc.sections[0]!.text).toBe('学习《关于加强学习。的意见》精神，做到“学懂。弄通”')
  })

  it('ignores sentence ends inside quotes nested deeper than the scan keeps room for at first', () => {
    for (const depth of [20, 3000]) {
      const open = '《“'.repeat(depth)
      const close = '”》'.repeat(depth)
      const doc = parseSpeech(`一、学习${open}内。文${close}精神。正文。\n二、再来一条。`)
      expect(doc.sections[0]!.text).toBe(`学习${open}内。文${close}精神`)
      // The same scan, after the deep one, still reads a shallow heading right.
      expect(doc.sections[1]!.text).toBe('再来一条')
    }
  })

  it('keeps ？ and ！ at the end of a heading', () => {
    expect(
      outline('（一）为什么要学？\n因为形势需要。\n（二）怎样学好！\n要持之以恒。').map((h) => h[2]),
    ).toEqual(['为什么要学？', '怎样学好！'])
  })

  it('reads 一是 lines that stand alone as headings, and keeps 一要…二要… inside one paragraph as points', () => {
    const text = [
      '一、抓好三项工作',
      '一是抓学习。',
      '要认真组织学习。',
      '二是抓落实。',
      '一要明确责任。责任要到人。二要加强督查。督查要到位。三要严格考核。',
      '二、加强领导',
    ].join('\n')
    const doc = parseSpeech(text)
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '抓好三项工作'],
      [2, '一是', '抓学习'],
      [2, '二是', '抓落实'],
      [1, '二、', '加强领导'],
    ])
    const points = doc.sections[0]!.children[1]!.body[0]!.points
    expect(points.map((p) => [p.marker.raw, p.marker.ordinal])).toEqual([
      ['一要', 1],
      ['二要', 2],
      ['三要', 3],
    ])
  })

  it('reads a run-in 第一，… paragraph as a heading when 第二，… follows in the next paragraph', () => {
    const text = '第一，提高认识。一是认清形势。二是明确任务。\n第二，明确责任。责任重于泰山。'
    const doc = parseSpeech(text)
    expect(flat(doc.sections)).toEqual([
      [1, '第一，', '提高认识'],
      [1, '第二，', '明确责任'],
    ])
    expect(doc.sections[0]!.body[0]!.points.map((p) => p.marker.raw)).toEqual(['一是', '二是'])
  })

  it('finds each 一是 list continued below it in a document of hundreds of numbered headings', () => {
    const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']
    // 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九.
    const numeral = (n: number) =>
      n < 10 ? digits[n] : `${n < 20 ? '' : digits[Math.floor(n / 10)]}十${digits[n % 10]}`
    const lines: string[] = []
    for (let n = 1; n <= 99; n++)
      lines.push(`${numeral(n)}、第${n}章`, '一是抓学习，提高本领。', '二是抓落实，确保成效。')
    const doc = parseSpeech(lines.join('\n'))
    expect(doc.sections.map((s) => s.marker?.ordinal)).toEqual(Array.from({ length: 99 }, (_, k) => k + 1))
    for (const section of doc.sections) {
      expect(section.children.map((c) => [c.depth, c.marker?.raw, c.marker?.ordinal])).toEqual([
        [2, '一是', 1],
        [2, '二是', 2],
      ])
    }
  })

  it.each([
    '注',
    '注释',
    '注 释',
    '参考文献',
    '附件',
    '附　录',
    '说明',
    '后记',
    '前言',
    '引言',
    '结语',
    '结束语',
  ])('reads a line "%s" alone as an unnumbered heading', (word) => {
    const doc = parseSpeech(
      `一、工作回顾\n今年我们做了大量工作，成效明显。\n${word}\n本文根据录音整理，未经本人审阅。`,
    )
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '工作回顾'],
      [1, null, word],
    ])
  })

  it('treats a lone 首先，… or 最后，… paragraph as a paragraph', () => {
    const doc = parseSpeech('一、工作回顾\n首先，我代表区委向大家表示感谢。\n最后，祝大家工作顺利。')
    expect(flat(doc.sections)).toEqual([[1, '一、', '工作回顾']])
    expect(doc.sections[0]!.body.map((p) => p.text)).toHaveLength(2)
  })

  it("never reads a 首先 below as continuing a 最后 (最后 is a list's last item)", () => {
    const doc = parseSpeech(
      [
        '一、总体要求',
        '最后，我再强调几点纪律要求，大家要认真落实好。',
        '首先，要提高认识，统一思想，加强领导。',
        '其次，要压实责任，层层落实，确保成效。',
      ].join('\n'),
    )
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '总体要求'],
      [2, '首先，', '要提高认识，统一思想，加强领导'],
      [2, '其次，', '要压实责任，层层落实，确保成效'],
    ])
    expect(doc.sections[0]!.body.map((p) => p.text)).toEqual([
      '最后，我再强调几点纪律要求，大家要认真落实好。',
    ])
  })

  it('nests a restart under a standalone item with body, and keeps switched styles as siblings', () => {
    const text = [
      '一、重点任务',
      '一是抓重点。',
      '重点工作主要有以下三点：',
      '一是抓班子。班子要强。',
      '二要抓队伍。队伍要稳。',
      '第三，抓制度。制度要严。',
      '二是攻难点。',
      '难点要突破。',
    ].join('\n')
    expect(outline(text)).toEqual([
      [1, '一、', '重点任务'],
      [2, '一是', '抓重点'],
      [3, '一是', '抓班子'],
      [3, '二要', '抓队伍'],
      [3, '第三，', '抓制度'],
      [2, '二是', '攻难点'],
    ])
  })

  it('reads four levels and half-width brackets', () => {
    const text = [
      '一、总体要求',
      '(一)指导思想',
      '1.坚持党的领导',
      '(1)把方向',
      '(2)管大局',
      '2.坚持人民至上',
      '(二)主要目标',
      '二、重点任务',
    ].join('\n')
    expect(outline(text).map(([d, r]) => [d, r])).toEqual([
      [1, '一、'],
      [2, '(一)'],
      [3, '1.'],
      [4, '(1)'],
      [4, '(2)'],
      [3, '2.'],
      [2, '(二)'],
      [1, '二、'],
    ])
  })

  it('reads Markdown headings and strips emphasis', () => {
    const text = [
      '# 在年度总结会上的讲话',
      '',
      '## 一、**主要成绩**',
      '',
      '成绩来之不易。',
      '',
      '## 二、存在问题',
      '',
      '问题不容忽视。',
    ].join('\n')
    const doc = parseSpeech(text)
    expect(doc.title).toBe('在年度总结会上的讲话')
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '主要成绩'],
      [1, '二、', '存在问题'],
    ])
  })
})

describe('parseSpeech: false friends', () => {
  it.each([
    '第一书记要带头深入基层。',
    '一、二线城市房价上涨较快。',
    '这是我们第一次提出这个要求。',
    '全年投入资金1.5亿元。',
    '抓党建是第一责任。',
    '打通服务群众最后一公里。',
    '要求别人做到的，自己首先做到。',
    '排名第十六位的国家。',
    '再次感谢大家的支持！',
  ])('makes no heading and no list of %s', (sentence) => {
    const doc = parseSpeech(`一、总体情况\n${sentence}\n二、下步打算\n继续努力。`)
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '总体情况'],
      [1, '二、', '下步打算'],
    ])
    expect(doc.sections[0]!.body[0]!.points).toEqual([])
  })
})

describe('parseSpeech: inline enumerations', () => {
  const body = (text: string) => parseSpeech(`一、标题\n${text}`).sections[0]!.body[0]!

  it('finds a list that starts at 二是 when 一 is implicit', () => {
    const p = body('信心来自理论。二是形势让我们自信。三是经验让我们自信。四是制度让我们自信。')
    expect(p.points.map((x) => x.marker.ordinal)).toEqual([2, 3, 4])
  })

  it('nests a list inside the item that holds it', () => {
    const p = body('主要有三点：一是明确目标。二是细化任务，第一，分解指标；第二，落实到人。三是强化考核。')
    expect(p.points.map((x) => x.marker.raw)).toEqual(['一是', '二是', '三是'])
    expect(p.points[1]!.points.map((x) => x.marker.raw)).toEqual(['第一，', '第二，'])
  })

  it('keeps two separate lists side by side', () => {
    const p = body('一是学习。二是实践。还有两点要求：一是守纪律。二是讲规矩。')
    expect(p.points.map((x) => x.marker.ordinal)).toEqual([1, 2, 1, 2])
    expect(p.points.every((x) => x.points.length === 0)).toBe(true)
  })

  it('ends the last item of a list where the next list beside it starts', () => {
    const p = body('一是学习。二是实践。还有两点要求：一是守纪律。二是讲规矩。')
    expect(p.points.map((x) => x.text)).toEqual(['学习。', '实践。还有两点要求：', '守纪律。', '讲规矩。'])
    const q = body('一是学习；二是实践；'.repeat(3))
    expect(q.points.map((x) => x.text)).toEqual(Array(3).fill(['学习；', '实践；']).flat())
  })

  it('gives a paragraph of many short lists points that hold, level by level, no more than its text', () => {
    // Were each list's last item to run to the paragraph's end, the points would hold text (and the
    // JSON and Markdown would grow) with the square of the paragraph's length.
    for (const text of [
      '一是学习；二是实践；'.repeat(2000),
      '首先，第一，学习；第二，实践；其次，'.repeat(1000),
    ]) {
      const held: number[] = []
      const count = (points: readonly Point[], level: number): void => {
        for (const point of points) {
          held[level] = (held[level] ?? 0) + point.marker.raw.length + point.text.length
          count(point.points, level + 1)
        }
      }
      count(body(text).points, 0)
      expect(held.length).toBeGreaterThan(0)
      for (const chars of held) expect(chars).toBeLessThanOrEqual(text.length)
    }
  })

  it('chains items numbered past 63 (the search files them in one overflow bucket)', () => {
    let text = '要求如下：'
    for (let k = 60; k < 75; k++) text += `${k}.做好第${k}项；`
    const p = body(text)
    expect(p.points.map((x) => x.marker.ordinal)).toEqual(Array.from({ length: 15 }, (_, k) => 60 + k))
  })

  it('keeps each list of a paragraph of hundreds of markers apart, nested where it belongs', () => {
    const p = body(`${'首先，第一，学习；第二，实践；其次，'.repeat(100)}完。`)
    expect(p.points).toHaveLength(200)
    for (let k = 0; k < 200; k += 2) {
      const [first, second] = [p.points[k]!, p.points[k + 1]!]
      expect([first.marker.raw, first.marker.ordinal, second.marker.raw, second.marker.ordinal]).toEqual([
        '首先，',
        1,
        '其次，',
        2,
      ])
      expect(first.points.map((x) => x.marker.ordinal)).toEqual([1, 2])
      expect(second.points).toEqual([])
    }
  })

  it('resolves 首先…其次…最后 to 1, 2, 3', () => {
    const p = body('首先是思路要实。其次是方法要实。最后是落实。')
    expect(p.points.map((x) => x.marker.ordinal)).toEqual([1, 2, 3])
  })

  it('ends a list at its 最后: a later 最后 belongs to the list of its own 首先', () => {
    const p = body('首先，学习；其次，实践；最后，总结。'.repeat(3))
    expect(p.points.map((x) => x.marker.ordinal)).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3])
  })

  it('gives each point a position that slices its marker and text from the input', () => {
    const input = '一、标题\n主要有两点：一是明确目标。二是细化任务。'
    const p = parseSpeech(input).sections[0]!.body[0]!
    const [first, second] = p.points
    expect(input.slice(first!.position.start.offset, first!.position.end.offset)).toBe('一是明确目标。')
    expect(input.slice(second!.position.start.offset, second!.position.end.offset)).toBe('二是细化任务。')
    expect(second!.position.start).toEqual({ line: 2, column: 14, offset: 18 })
  })
})

describe('parseSpeech: text handling', () => {
  it('joins a line broken mid-sentence before deciding anything', () => {
    const text = [
      '第一，如何纠正一些同志看重行政职务，不太看重党',
      '内职务的问题。这个问题要研究。',
      '第二，如何解决作风问题。作风问题要重视。',
    ].join('\n')
    expect(outline(text).map((h) => h[2])).toEqual([
      '如何纠正一些同志看重行政职务，不太看重党内职务的问题',
      '如何解决作风问题',
    ])
  })

  it('joins no line to a marker that stands alone on the next line ("（一）" alone is a paragraph)', () => {
    const doc = parseSpeech('一、工作安排\n我们要做好以下工作，\n（一）\n加强学习，提高本领。')
    expect(doc.sections[0]!.body.map((p) => p.text)).toEqual([
      '我们要做好以下工作，',
      '（一）',
      '加强学习，提高本领。',
    ])
    expect(doc.sections[0]!.children).toEqual([])
  })

  it.each([
    ['short, U+3000', '先讲一点。\u3000\u3000再讲一点。'],
    ['short, two spaces', '先讲一点。  再讲一点。'],
    ['long, U+3000', '先讲一点，理论学习要加强。\u3000\u3000再讲一点。'],
    ['long, two spaces', '先讲一点，理论学习要加强。  再讲一点。'],
  ])(
    'splits a paragraph where an indentation run follows a sentence end (a lost line break: %s)',
    (_, line) => {
      const input = `一、总体要求\n${line}`
      const body = parseSpeech(input).sections[0]!.body
      expect(body.map((p) => p.text)).toEqual([line.slice(0, line.indexOf('。') + 1), '再讲一点。'])
      expect(body[1]!.position.start.offset).toBe(input.indexOf('再讲'))
    },
  )

  it('joins long body lines broken mid-sentence and keeps positions in the original', () => {
    const first = `${'我们要深入学习贯彻会议精神，'.repeat(5)}把思想和行动统一到`
    const input = `一、提高认识\n${first}\n会议部署上来。下一句。\n二、狠抓落实`
    const doc = parseSpeech(input)
    const p = doc.sections[0]!.body[0]!
    expect(p.text).toBe(`${first}会议部署上来。下一句。`)
    expect(p.position.start.line).toBe(2)
    expect(p.position.end.line).toBe(3)
    expect(input.slice(p.position.start.offset, p.position.end.offset)).toBe(
      `${first}\n会议部署上来。下一句。`,
    )
  })

  it('does not join a heading line without punctuation to the paragraph under it', () => {
    expect(
      outline('一、进一步加深理解\n对这个问题，要全面理解。\n二、进一步聚焦责任\n责任要落实。').map(
        (h) => h[2],
      ),
    ).toEqual(['进一步加深理解', '进一步聚焦责任'])
  })

  it('gives the same outline for LF, CRLF, CR, a BOM and trailing blanks', () => {
    const lines = [
      '在大会上的讲话',
      '同志们：',
      '一、加强学习',
      '学习很重要。',
      '二、改进作风',
      '作风很重要。',
    ]
    const base = outline(lines.join('\n'))
    expect(outline(lines.join('\r\n'))).toEqual(base)
    expect(outline(lines.join('\r'))).toEqual(base)
    expect(outline(`\ufeff${lines.join('\n')}`)).toEqual(base)
    expect(outline(lines.map((l) => `\u3000\u3000${l}  `).join('\n'))).toEqual(base)
  })

  it('drops page numbers, web furniture and drawn boxes with reasons', () => {
    const text = [
      '在会议上的讲话',
      '【打印正文】',
      '一、加强学习',
      '学习很重要。',
      '- 2 -',
      '┌────┐',
      '上一篇：关于开展检查的通知',
      '二、改进作风',
    ].join('\n')
    const doc = parseSpeech(text)
    expect(doc.removed.map((r) => r.reason)).toEqual([
      'web-furniture',
      'page-number',
      'decoration',
      'web-furniture',
    ])
    expect(doc.sections).toHaveLength(2)
  })

  it('points every position into the original input, BOM and CRLF included', () => {
    const input = '\ufeff在会上的讲话\r\n同志们：\r\n\u3000\u3000一、加强学习。学习很重要。\r\n'
    const doc = parseSpeech(input)
    const s = doc.sections[0]!
    expect(input.slice(s.position.start.offset, s.position.start.offset + 2)).toBe('一、')
    expect(doc.frame.title).toEqual({
      start: { line: 1, column: 2, offset: 1 },
      end: { line: 1, column: 8, offset: 7 },
    })
    expect(s.body[0]!.position.start.line).toBe(3)
  })
})

describe('parseSpeech: section extents', () => {
  const input = [
    '同志们：',
    '一、加强学习。学习很重要。', // run-in body: the section goes on after its heading
    '（一）读原著',
    '原著要精读。',
    '（二）悟原理。',
    '二、改进作风',
    '作风建设永远在路上。',
    '同志们，让我们共同努力！', // closing: not part of the last section
  ].join('\n')
  const doc = parseSpeech(input)
  const source = (p: { start: { offset: number }; end: { offset: number } }) =>
    input.slice(p.start.offset, p.end.offset)

  it('ends each section at its last body paragraph or descendant, its heading included', () => {
    const [first, second] = doc.sections
    expect(first!.children.map((c) => c.text)).toEqual(['读原著', '悟原理'])
    expect(source(first!.position)).toBe(
      '一、加强学习。学习很重要。\n（一）读原著\n原著要精读。\n（二）悟原理。',
    )
    expect(source(first!.children[0]!.position)).toBe('（一）读原著\n原著要精读。')
    expect(source(first!.children[1]!.position)).toBe('（二）悟原理。')
    expect(source(first!.headingPosition!)).toBe('一、加强学习。')
    expect(source(second!.position)).toBe('二、改进作风\n作风建设永远在路上。')
  })

  it('ends the last section before the closing paragraphs moved out of it', () => {
    expect(doc.closing.map((p) => p.text)).toEqual(['同志们，让我们共同努力！'])
    expect(doc.sections[1]!.body.map((p) => p.text)).toEqual(['作风建设永远在路上。'])
    expect(doc.sections[1]!.position.end.offset).toBe(input.indexOf('\n同志们，让'))
  })

  it('ends a run-in section at its run-in text when nothing follows it', () => {
    const text = '一、加强学习。学习很重要。\n二、改进作风。作风要改进。'
    const last = parseSpeech(text).sections[1]!
    expect(last.body.map((p) => p.text)).toEqual(['作风要改进。'])
    expect(last.position.end.offset).toBe(text.length)
    expect(last.headingPosition!.end.offset).toBe(text.indexOf('作风要'))
  })
})

describe('parseSpeech: bad input', () => {
  it.each([[42], [null], [undefined], [{}], [['一、']]])('refuses %j with BAD_ARGUMENT', (value) => {
    expect(() => parseSpeech(value as unknown as string)).toThrowError(SpeechOutlineError)
    try {
      parseSpeech(value as unknown as string)
    } catch (error) {
      expect((error as SpeechOutlineError).code).toBe('BAD_ARGUMENT')
      expect((error as Error).message).toMatch(/expects a string/)
    }
  })

  it('refuses an input over maxInputLength with TOO_LARGE', () => {
    expect(() => parseSpeech('一、'.repeat(10), { maxInputLength: 5 })).toThrowError(/over the limit of 5/)
  })

  it.each(['', '   ', '\n\n\u3000\r\n'])('gives an empty document for %j', (text) => {
    const doc = parseSpeech(text)
    expect(doc).toMatchObject({
      title: null,
      salutation: null,
      sections: [],
      preamble: [],
      closing: [],
      removed: [],
    })
  })
})

describe('parseSpeech: limits', () => {
  it('caps heading depth with a warning instead of building an unbounded tree', () => {
    // Each standalone 一是 with a body paragraph nests the restart below it.
    const opening = Array.from({ length: 40 }, (_, i) => `一是第${i + 1}层。\n正文${i + 1}。`)
    const closing = Array.from({ length: 40 }, (_, i) => `二是收尾${i + 1}。\n正文。`)
    const text = [...opening, ...closing].join('\n')
    const doc = parseSpeech(text, { maxDepth: 5 })
    const depths: number[] = []
    const walk = (sections: Section[]) => {
      for (const s of sections) {
        depths.push(s.depth)
        walk(s.children)
      }
    }
    walk(doc.sections)
    expect(Math.max(...depths)).toBe(5)
    expect(doc.warnings?.[0]).toMatchObject({ code: 'DEPTH_CAPPED', position: { start: { line: 11 } } })
  })

  it.each([[{ maxDepth: 0 }], [{ maxInputLength: -1 }], [{ maxDepth: 1.5 }]])(
    'refuses the option %j',
    (options) => {
      expect(() => parseSpeech('一、标题', options)).toThrowError(/must be a positive integer/)
    },
  )
})

describe('parseSpeech: a work report with four levels, indentation and a frame', () => {
  const text = readFileSync(new URL('./fixtures/unit/work-report.txt', import.meta.url), 'utf8')
  const doc = parseSpeech(text)

  it('reads the frame', () => {
    expect(doc).toMatchObject({
      title: '政府工作报告',
      subtitle: '——2024年1月10日在某市第十七届人民代表大会第三次会议上',
      author: '市长　张三',
      salutation: '各位代表：',
    })
    expect(doc.closing[0]!.text).toMatch(/^各位代表！/)
  })

  it('reads the outline, 一、2023年 included', () => {
    expect(flat(doc.sections)).toEqual([
      [1, '一、', '2023年工作回顾'],
      [2, '（一）', '经济运行稳中向好'],
      [2, '（二）', '改革开放持续深化'],
      [2, '（三）', '民生福祉不断增进'],
      [1, '二、', '2024年工作安排'],
      [2, '（一）', '着力扩大有效需求'],
      [3, '1.', '积极扩大有效投资'],
      [3, '2.', '大力促进消费'],
      [2, '（二）', '着力推动产业升级'],
      [3, '1.', '做强先进制造业'],
      [4, '（1）', '壮大主导产业'],
      [4, '（2）', '培育新兴产业'],
      [3, '2.', '加快发展现代服务业'],
      [1, '三、', '加强政府自身建设'],
    ])
  })
})

describe('parseSpeech: plain objects', () => {
  // The nodes are made by constructors (src/nodes.ts, to keep V8 from pretenuring them); they must
  // stay indistinguishable from object literals for deepStrictEqual, structuredClone and spreads.
  const text = [
    '在全区工作会议上的讲话',
    '同志们：',
    '一、总体要求',
    '（一）明确目标。今年要抓好三件事：一是稳增长；二是促改革；三是惠民生。',
    '二、工作措施',
    '要把各项任务落到实处。',
  ].join('\n')

  it('gives every node, marker, position and point the prototype of an object literal', () => {
    const doc = parseSpeech(text)
    const seen: string[] = []
    const visit = (value: unknown, path: string): void => {
      if (value === null || typeof value !== 'object') return
      const proto = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== Array.prototype) seen.push(path)
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`)
    }
    visit(doc, 'doc')
    expect(seen).toEqual([])
    expect(doc.sections[0]!.children[0]!.body[0]!.points).toHaveLength(3)
  })

  it('gives every array of the tree to one node only, extensible', () => {
    // Sections get their children arrays when the tree closes them (src/nodes.ts): none may keep a
    // placeholder or share an array with another node, or a caller adding to one would change both.
    const doc = parseSpeech(`${text}\n（一）加强领导\n（二）强化保障`)
    const arrays = new Set<unknown[]>()
    let count = 0
    const visit = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return
      if (Array.isArray(value)) {
        count++
        arrays.add(value)
        expect(Object.isFrozen(value)).toBe(false)
      }
      for (const child of Object.values(value)) visit(child)
    }
    visit(doc)
    expect(arrays.size).toBe(count)
    const leaf = doc.sections[1]!.children[1]!
    expect(leaf.children).toEqual([])
    leaf.children.push(leaf)
    expect(doc.sections[0]!.children[0]!.children).toEqual([])
  })

  it('gives every marker of the tree to one node only, and a changed marker changes no later parse', () => {
    // The parser shares the matches of repeated markers (src/markers/match.ts, sharedMatch): the
    // nodes must get copies, or a caller renumbering one heading would renumber them all.
    const input =
      '一、学习\n（一）读书\n（二）思考\n二、实践\n（一）调研\n一是看；二是听；三是问。\n（二）总结'
    const doc = parseSpeech(input)
    const markers = new Set<unknown>()
    let count = 0
    const visit = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return
      if ('raw' in value && 'ordinal' in value) {
        count++
        markers.add(value)
      }
      for (const child of Object.values(value)) visit(child)
    }
    visit(doc)
    expect(count).toBe(9)
    expect(markers.size).toBe(count)
    const first = doc.sections[0]!.children[0]!.marker!
    first.raw = '（九）'
    first.ordinal = 9
    const point = doc.sections[1]!.children[0]!.body[0]!.points[0]!.marker
    point.raw = '九是'
    expect(parseSpeech(input)).toEqual(JSON.parse(JSON.stringify(parseSpeech(input))))
    expect(parseSpeech(input).sections[0]!.children[0]!.marker!.raw).toBe('（一）')
    expect(parseSpeech(input).sections[1]!.children[0]!.body[0]!.points[0]!.marker.raw).toBe('一是')
  })

  it('hands out a new match from matchBlockMarker and matchInlineMarker each time', () => {
    const input = '一、学习\n（一）读书\n（二）思考\n二、实践\n一是看；二是听。'
    const before = JSON.stringify(parseSpeech(input))
    const a = matchBlockMarker('（一）读书')!
    const b = matchBlockMarker('（一）读书')!
    expect(a).toEqual(b)
    expect(a).not.toBe(b)
    expect(a.marker).not.toBe(b.marker)
    const c = matchInlineMarker('一是看', 0)!
    expect(c).not.toBe(matchInlineMarker('一是看', 0))
    expect(c.marker).not.toBe(matchInlineMarker('一是看', 0)!.marker)
    // What a caller does with its match reaches no parse.
    for (const m of [a, c]) {
      m.styleId = 42
      m.variantId = 42
      m.marker.ordinal = 9
    }
    expect(JSON.stringify(parseSpeech(input))).toBe(before)
    expect(matchBlockMarker('（一）读书')!.marker).toEqual({
      raw: '（一）',
      style: 'chinese-paren',
      ordinal: 1,
    })
  })

  it('shares a point between positions that start or end at the same place (as the README says)', () => {
    const doc = parseSpeech(text)
    const section = doc.sections[0]!
    const child = section.children[0]!
    expect(section.position.start).toBe(section.headingPosition!.start)
    expect(section.position.end).toBe(child.position.end)
    expect(child.position.end).toBe(child.body[0]!.position.end)
    const copy = JSON.parse(JSON.stringify(doc)) as typeof doc
    expect(copy.sections[0]!.position.start).not.toBe(copy.sections[0]!.headingPosition!.start)
  })

  it('equals its JSON round trip under strict deep equality', async () => {
    const { deepStrictEqual } = await import('node:assert/strict')
    const doc = parseSpeech(text)
    expect(() => deepStrictEqual(doc, JSON.parse(JSON.stringify(doc)))).not.toThrow()
    expect(doc).toStrictEqual(structuredClone(doc))
  })
})
