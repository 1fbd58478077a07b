// Entries and paragraphs whose items moved to the US Munitions List (the ITAR) or are licensed by the State Department.
import type { EccnSection } from './eccnSections.js';
import { REASON_LINE, reasonCodes } from './licenseRequirements.js';

// The heading note that the items moved to the US Munitions List; "not controlled by 1C350 or subject to the
// ITAR" in 1C355's heading is not one.
export const ITAR_NOTE = /\bTh(?:ese|is) (?:items?|entry|commodities) (?:are|is) [“"]?subject to the ITAR/i;
// 0E001: "Reason for Control:" (none) and "Control(s): “Technology” for items described in 0A002 and 0D001 … is subject to
// the export licensing authority of the U.S. Department of State, Directorate of Defense Trade Controls (see 22 CFR part 121)."
const STATE_DEPARTMENT = /subject to the export licensing authority of the U\.S\. Department of State|is [“"]subject to the ITAR[”"]/i;

/** An ECCN with no reason for control whose Control(s) send it to the State Department: an ITAR placeholder. */
export function stateDepartmentOnly(section: EccnSection): boolean {
  const line = section.blocks.find((block) => REASON_LINE.test(block.text));
  if (!line || reasonCodes(line.text).codes.length > 0) return false;
  return section.blocks.some((block) => /^Control\(s\)/.test(block.text) && STATE_DEPARTMENT.test(block.text));
}
