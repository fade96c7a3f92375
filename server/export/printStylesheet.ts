import { OFFICIAL_LAYOUT as LAYOUT } from './officialLayout.ts';

export interface PrintOptions {
  /** Set level-3 and level-4 headings in bold 仿宋, as the .docx setting does. */
  boldHeadings?: boolean;
}

const twipsToPoints = (twips: number): number => twips / 20;
const points = (value: number, digits = 2): string => `${Number(value.toFixed(digits))}pt`;
const fontStack = (...names: string[]): string =>
  names.map((name) => (/^[a-z-]+$/.test(name) ? name : `"${name}"`)).join(', ');

// Latin letters and digits in Times New Roman (or its metric twin), as the .docx sets them;
// quotes, dashes and the bullet are left to the Chinese face, which sets them full width.
const LATIN_FACE = 'Official Latin';
const latinFace = `@font-face {
  font-family: "${LATIN_FACE}";
  src: local("${LAYOUT.fonts.latin}"), local("TimesNewRomanPSMT"), local("Liberation Serif"), local("LiberationSerif");
  unicode-range: U+0000-00B6, U+00B8-024F;
}`;

// The GB/T 9704 face first, then what Windows and Linux (Noto CJK) have.
const PRINT_FONTS = {
  title: fontStack(
    LATIN_FACE,
    'FZXiaoBiaoSong-B05S',
    LAYOUT.fonts.title,
    'Noto Serif CJK SC',
    'SimSun',
    'serif',
  ),
  body: fontStack(LATIN_FACE, 'FangSong', LAYOUT.fonts.body, '仿宋', 'Noto Serif CJK SC', 'serif'),
  level1: fontStack(LATIN_FACE, 'SimHei', LAYOUT.fonts.level1, 'Noto Sans CJK SC', 'sans-serif'),
  level2: fontStack(
    LATIN_FACE,
    'KaiTi',
    LAYOUT.fonts.level2,
    '楷体',
    'AR PL UKai CN',
    'Noto Serif CJK SC',
    'serif',
  ),
  pageNumber: fontStack('SimSun', LAYOUT.fonts.pageNumber, 'Noto Serif CJK SC', 'serif'),
} as const;

const page = {
  width: twipsToPoints(LAYOUT.page.width),
  top: twipsToPoints(LAYOUT.margin.top),
  right: twipsToPoints(LAYOUT.margin.right),
  bottom: twipsToPoints(LAYOUT.margin.bottom),
  left: twipsToPoints(LAYOUT.margin.left),
};
const typeAreaWidth = page.width - page.left - page.right;
// 28 characters fill the type area: each is this wide, a little under 16 pt.
const characterPitch = typeAreaWidth / LAYOUT.charactersPerLine;
const bodySize = LAYOUT.size.body / 2;
const linePitch = twipsToPoints(LAYOUT.linePitch);
// Rounded down, with a hair to spare, so that 28 characters never overflow to 27 a line.
const letterSpacing = Math.floor((characterPitch - bodySize) * 1000 - 5) / 1000;

// 4号 宋体 「— 1 —」 a line 7 mm below the type area, one character in from its edge: right on
// odd pages, left on even ones. Margin boxes need Chromium 131 or later.
function pageNumbers(): string {
  const box = `content: "—\\2002" counter(page) "\\2002—"; font-family: ${PRINT_FONTS.pageNumber}; font-size: ${points(LAYOUT.size.pageNumber / 2)}; line-height: 1; letter-spacing: 0; vertical-align: top; padding-top: 7mm;`;
  return `
@page :right { @bottom-right { ${box} text-align: right; margin-right: 1em; } }
@page :left { @bottom-left { ${box} text-align: left; margin-left: 1em; } }`;
}

/** The official layout as CSS: A4, GB/T 9704 margins, 22 lines of 28 characters, the faces. */
export function printStylesheet(options: PrintOptions = {}): string {
  return `${latinFace}
@page {
  size: A4;
  margin: ${points(page.top)} ${points(page.right)} ${points(page.bottom)} ${points(page.left)};
}${pageNumbers()}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: ${PRINT_FONTS.body};
  font-size: ${points(bodySize)};
  line-height: ${points(linePitch, 3)};
  letter-spacing: ${points(letterSpacing, 3)};
  color: #000;
  text-align: justify;
  overflow-wrap: anywhere;
}
h1, h2, h3, h4, h5, p { margin: 0; font-size: inherit; font-weight: normal; }
.title {
  font-family: ${PRINT_FONTS.title};
  font-size: ${points(LAYOUT.size.title / 2)};
  line-height: ${points(linePitch * 1.2, 3)};
  margin-bottom: ${points(linePitch, 3)};
  text-align: center;
  letter-spacing: 0;
}
p, .heading { text-indent: ${points(characterPitch * 2, 3)}; }
.heading { break-after: avoid; }
.level-1 { font-family: ${PRINT_FONTS.level1}; }
.level-2 { font-family: ${PRINT_FONTS.level2}; }
.level-3, .level-4 { font-family: ${PRINT_FONTS.body};${options.boldHeadings ? ' font-weight: bold;' : ''} }
`;
}
