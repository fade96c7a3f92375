import type { ReportTemplateInput } from './ReportTemplate.ts';

/** 专项工作总结: one campaign or special task, from what happened to what it achieved. */
export const specialWorkSummary = {
  id: 'special-work-summary',
  name: { zh: '专项工作总结', en: 'Special work summary' },
  description: {
    zh: '导语后依次写基本情况、主要做法、取得的成效、存在的问题、下一步工作打算。',
    en: 'A lead, then the overview, measures taken, results, problems, and next steps.',
  },
  title: {
    organisation: false,
    year: false,
    kinds: ['总结', '报告'],
    keywords: ['专项', '行动', '整治', '治理', '攻坚', '活动'],
    example: '市教体局2023年校园安全专项整治行动工作总结',
  },
  leadRequired: true,
  requiredSections: [
    {
      id: 'overview',
      title: '基本情况',
      variants: ['基本情况', '总体情况', '开展情况', '工作开展情况', '总体开展情况', '工作概况'],
      characters: { min: 50 },
    },
    {
      id: 'measures',
      title: '主要做法',
      variants: ['主要做法', '工作措施', '主要措施', '具体做法', '主要工作措施', '工作举措'],
      subsections: { min: 2, max: 8 },
      characters: { min: 200 },
    },
    {
      id: 'results',
      title: '取得的成效',
      variants: [
        '取得的成效',
        '取得成效',
        '工作成效',
        '主要成效',
        '取得的成绩',
        '整治成效',
        '成效',
      ],
      subsections: { max: 6 },
      characters: { min: 50 },
    },
    {
      id: 'problems',
      title: '存在的问题',
      variants: ['存在的问题', '存在问题', '问题与不足', '问题和不足', '存在的不足', '困难和问题'],
      subsections: { max: 6 },
      characters: { min: 30 },
    },
    {
      id: 'plans',
      title: '下一步工作打算',
      variants: [
        '下一步工作打算',
        '下一步打算',
        '下步打算',
        '下一步工作计划',
        '下一步工作措施',
        '巩固提升措施',
        '长效机制建设',
      ],
      subsections: { max: 6 },
      characters: { min: 50 },
    },
  ],
  optionalSections: [
    {
      id: 'experience',
      title: '经验体会',
      variants: ['经验体会', '主要经验', '几点体会', '经验与启示'],
    },
    {
      id: 'suggestions',
      title: '意见建议',
      variants: ['意见建议', '有关建议', '几点建议', '工作建议'],
    },
  ],
  characters: { min: 600, max: 10000 },
  requireResolvedThreads: true,
} satisfies ReportTemplateInput;
