/**
 * GB/T 9704-2012 (党政机关公文格式) page and type settings, in Word's units.
 * 1 mm = 1440 / 25.4 twips; font sizes in half-points.
 */
const TWIPS_PER_MM = 1440 / 25.4;

function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

const TYPE_AREA_WIDTH_MM = 156;
const TYPE_AREA_HEIGHT_MM = 225;
const LINES_PER_PAGE = 22;
const CHARACTERS_PER_LINE = 28;
const BODY_POINTS = 16;

export const OFFICIAL_LAYOUT = {
  page: { width: mm(210), height: mm(297) },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** The page-number line sits 7 mm below the type area (its top edge); footer is measured to its baseline. */
  footerDistance: mm(35 - 7 - 5),
  linePitch: Math.floor(mm(TYPE_AREA_HEIGHT_MM) / LINES_PER_PAGE),
  /** w:charSpace: (character pitch − font size) in points × 4096, for 28 characters a line. */
  charSpace: Math.round((mm(TYPE_AREA_WIDTH_MM) / CHARACTERS_PER_LINE / 20 - BODY_POINTS) * 4096),
  linesPerPage: LINES_PER_PAGE,
  charactersPerLine: CHARACTERS_PER_LINE,
  /** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
  size: { title: 44, body: 32, pageNumber: 28 },
  /** First-line indent of two body characters. */
  firstLineIndent: BODY_POINTS * 2 * 20,
  fonts: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    level1: '黑体',
    level2: '楷体_GB2312',
    level3: '仿宋_GB2312',
    level4: '仿宋_GB2312',
    pageNumber: '宋体',
    latin: 'Times New Roman',
  },
} as const;
