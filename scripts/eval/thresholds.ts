/**
 * Minimum metrics (eval-thresholds.json): validation and comparison. Pure: the caller reads the file.
 * An unknown key is an error rather than ignored, so a misspelt threshold cannot silently disable a gate.
 */
import type { Summary } from './score.js'

export const THRESHOLD_KEYS = [
  'exactDocs',
  'titleAccuracy',
  'headingF1',
  'depthAccuracy',
  'ordinalAccuracy',
  'listRecall',
  'listPrecision',
] as const

export type ThresholdKey = (typeof THRESHOLD_KEYS)[number]
export type Thresholds = Partial<Record<ThresholdKey, number>>

export type ThresholdsResult = { ok: true; thresholds: Thresholds } | { ok: false; error: string }

function isKey(key: string): key is ThresholdKey {
  return (THRESHOLD_KEYS as readonly string[]).includes(key)
}

/** Validates parsed JSON: known keys only; exactDocs a whole count ≥ 0, the rest ratios in [0, 1]. */
export function parseThresholds(data: unknown): ThresholdsResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'is not a JSON object' }
  }
  const thresholds: Thresholds = {}
  for (const [key, value] of Object.entries(data)) {
    if (!isKey(key)) {
      return { ok: false, error: `unknown threshold "${key}" (known: ${THRESHOLD_KEYS.join(', ')})` }
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { ok: false, error: `"${key}" must be a number` }
    }
    if (key === 'exactDocs' ? !Number.isInteger(value) || value < 0 : value < 0 || value > 1) {
      return {
        ok: false,
        error: `"${key}" must be ${key === 'exactDocs' ? 'a whole number ≥ 0' : 'between 0 and 1'}`,
      }
    }
    thresholds[key] = value
  }
  return { ok: true, thresholds }
}

export interface ThresholdFailure {
  metric: ThresholdKey
  value: number
  minimum: number
}

/** Every metric below its minimum (a tolerance of 1e-9 absorbs float noise). */
export function checkThresholds(summary: Summary, thresholds: Thresholds): ThresholdFailure[] {
  const failures: ThresholdFailure[] = []
  for (const metric of THRESHOLD_KEYS) {
    const minimum = thresholds[metric]
    if (minimum !== undefined && summary[metric] < minimum - 1e-9) {
      failures.push({ metric, value: summary[metric], minimum })
    }
  }
  return failures
}

export function formatFailure(f: ThresholdFailure): string {
  const value = f.metric === 'exactDocs' ? String(f.value) : f.value.toFixed(3)
  return `${f.metric} ${value} is below the minimum ${f.minimum}`
}
