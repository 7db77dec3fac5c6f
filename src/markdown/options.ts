/** Options shared by toMdast, toMarkdown and the unified parser plugin. */
export interface MarkdownOptions {
  /** 'document' (default): the whole speech; 'outline': the headings alone as a nested list. */
  mode?: 'document' | 'outline'
  /** 'text' (default): inline enumerations stay in their paragraph; 'list': rendered as nested lists. */
  points?: 'text' | 'list'
  /** 'keep' (default): "## 一、统一思想"; 'strip': "## 统一思想". */
  markers?: 'keep' | 'strip'
  /**
   * Heading level of the title (default 1). Sections follow it (depth-1 sections one level below the
   * title, or at this level when there is no title); levels past 6 become bold lead-in paragraphs.
   */
  topDepth?: number
}

export interface ResolvedMarkdownOptions {
  mode: 'document' | 'outline'
  points: 'text' | 'list'
  markers: 'keep' | 'strip'
  topDepth: number
}

export function resolveMarkdownOptions(options: MarkdownOptions = {}): ResolvedMarkdownOptions {
  const topDepth = options.topDepth ?? 1
  if (!Number.isInteger(topDepth) || topDepth < 1 || topDepth > 6) {
    throw new RangeError(`topDepth must be an integer from 1 to 6, got ${String(options.topDepth)}`)
  }
  return {
    mode: options.mode ?? 'document',
    points: options.points ?? 'text',
    markers: options.markers ?? 'keep',
    topDepth,
  }
}
