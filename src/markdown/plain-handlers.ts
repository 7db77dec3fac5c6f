/**
 * Handlers for mdast-util-to-markdown that print a paragraph or heading holding one plain text node
 * without running the generic phrasing machinery, and hand every other node to the default handler.
 *
 * Why: a speech's Markdown is almost all paragraphs and headings of one text node, and for those
 * mdast-util-to-markdown spends most of its time deciding that nothing needs escaping (`safe` runs
 * each of its ~70 unsafe patterns over the text, then the attention pairing of `containerPhrasing`).
 * Measured on 1 MB of the sample speeches: parseSpeech + toMarkdown 226–249 ms → 90–100 ms.
 *
 * Why the output is the same: `safe` escapes only at positions where one of `state.unsafe`'s patterns
 * matches, and every pattern needs its `character` there; a text containing none of those characters
 * (they include space, tab and line endings) and no backslash comes back unchanged, in any construct.
 * The default paragraph handler then returns the text as it is, and the default ATX heading handler
 * returns `#…# text` (it encodes only a leading space or tab, which a plain text does not have).
 * Setext and closed ATX headings go to the default handler. `test/markdown-plain.test.ts` compares
 * both on generated trees.
 */
import type { Heading, Paragraph } from 'mdast'
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-markdown'

type Unsafe = State['unsafe']

/** Per list of unsafe patterns (one per toMarkdown call): the characters any of them escapes. */
const unsafeCharacters = new WeakMap<Unsafe, RegExp>()

function unsafeCharacterTest(unsafe: Unsafe): RegExp {
  let test = unsafeCharacters.get(unsafe)
  if (test === undefined) {
    const codes = new Set<number>([0x5c]) // the backslash, which `safe` escapes before punctuation
    for (const pattern of unsafe) codes.add(pattern.character.charCodeAt(0))
    const escaped = [...codes].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')
    test = new RegExp(`[${escaped}]`)
    unsafeCharacters.set(unsafe, test)
  }
  return test
}

/** The node's text if it is one text node that no unsafe pattern can touch, else undefined. */
function plainText(node: Paragraph | Heading, state: State): string | undefined {
  const children = node.children
  if (children.length !== 1) return undefined
  const only = children[0]!
  if (only.type !== 'text' || only.value === '') return undefined
  return unsafeCharacterTest(state.unsafe).test(only.value) ? undefined : only.value
}

export const plainHandlers: Partial<Handlers> = {
  paragraph(node, parent, state, info) {
    const text = plainText(node, state)
    // `safe` also escapes what follows when it starts with a backslash. In a flow (root, list item,
    // blockquote) what follows a paragraph is always a line ending; another caller might differ.
    if (text !== undefined && !info.after.includes('\\')) return text
    return defaultHandlers.paragraph(node, parent, state, info)
  },
  heading(node, parent, state, info) {
    const text = state.options.setext || state.options.closeAtx ? undefined : plainText(node, state)
    if (text !== undefined) return `${'#'.repeat(Math.max(Math.min(6, node.depth || 1), 1))} ${text}`
    return defaultHandlers.heading(node, parent, state, info)
  },
}
