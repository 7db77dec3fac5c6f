import type { Rule } from '../types.js'
import { headingEmpty } from './heading-empty.js'
import { headingSentencePunctuation } from './heading-sentence-punctuation.js'
import { headingTooLong } from './heading-too-long.js'
import { headingTrailingPunctuation } from './heading-trailing-punctuation.js'
import { levelRankOrder } from './level-rank-order.js'
import { levelSkipped } from './level-skipped.js'
import { loneChild } from './lone-child.js'
import { markerBracketPunctuation } from './marker-bracket-punctuation.js'
import { markerConsistentForm } from './marker-consistent-form.js'
import { markerDocumentForm } from './marker-document-form.js'
import { markerStandardForm } from './marker-standard-form.js'
import { markerStyleSwitch } from './marker-style-switch.js'
import { numberingDuplicate } from './numbering-duplicate.js'
import { numberingGap } from './numbering-gap.js'
import { numberingOrder } from './numbering-order.js'
import { numberingRestart } from './numbering-restart.js'
import { numberingStart } from './numbering-start.js'
import { salutationMissing } from './salutation-missing.js'
import { titleMissing } from './title-missing.js'

/** Every rule, grouped: numbering, marker forms, hierarchy, headings, the speech frame. */
export const RULES: readonly Rule[] = [
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  numberingRestart,
  numberingStart,
  markerBracketPunctuation,
  markerStandardForm,
  markerDocumentForm,
  markerConsistentForm,
  markerStyleSwitch,
  levelRankOrder,
  levelSkipped,
  loneChild,
  headingEmpty,
  headingTooLong,
  headingSentencePunctuation,
  headingTrailingPunctuation,
  titleMissing,
  salutationMissing,
]
