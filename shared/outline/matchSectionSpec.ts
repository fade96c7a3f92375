import type { ReportTemplate, SectionSpec } from '../templates/ReportTemplate.ts';
import { normalizeHeading } from './normalizeHeading.ts';

/** Which spec of a template a level-1 heading stands for. */
export interface SectionSpecMatch {
  spec: SectionSpec;
  /** Position among the template's required sections, or -1 for an optional section. */
  requiredIndex: number;
}

interface Variant {
  text: string;
  match: SectionSpecMatch;
}

const variantsByTemplate = new WeakMap<ReportTemplate, Variant[]>();

function variantsOf(template: ReportTemplate): Variant[] {
  let variants = variantsByTemplate.get(template);
  if (!variants) {
    const matches: SectionSpecMatch[] = [
      ...template.requiredSections.map((spec, requiredIndex) => ({ spec, requiredIndex })),
      ...template.optionalSections.map((spec) => ({ spec, requiredIndex: -1 })),
    ];
    variants = matches
      .flatMap((match) => match.spec.variants.map((text) => ({ text, match })))
      .sort((a, b) => b.text.length - a.text.length);
    variantsByTemplate.set(template, variants);
  }
  return variants;
}

/**
 * The spec a heading matches: one whose variant equals the heading (typed number and end
 * punctuation ignored), else the one with the longest variant the heading contains.
 */
export function matchSectionSpec(
  heading: string,
  template: ReportTemplate,
): SectionSpecMatch | null {
  const normalized = normalizeHeading(heading);
  if (!normalized) return null;
  const variants = variantsOf(template);
  const exact = variants.find((variant) => variant.text === normalized);
  if (exact) return exact.match;
  return variants.find((variant) => normalized.includes(variant.text))?.match ?? null;
}
