import { describe, it, expect } from 'vitest';
import { classifyParagraph, splitArtefacts } from './readingParts';

describe('classifyParagraph', () => {
  it.each([
    ['关怀版 无障碍 无障碍'],
    ['您当前所在位置: 首页>区政府信息公开目录>管理公开>公告公示'],
    ['访问量:'],
    ['访问量：'],
    ['相關詞條'],
    ['熱門詞條'],
    ['聯絡我們'],
    ['廣州市花都區人民政府2020年法治政府建設年度報告是由花都區發布的報告。'],
  ])('reads the web-page line %s as chrome', (line) => {
    expect(classifyParagraph(line)).toBe('chrome');
  });

  it.each([['— 12 —'], ['— 6 —  '], ['- 3 -'], ['–7–']])('reads %s as a page number', (line) => {
    expect(classifyParagraph(line)).toBe('page-number');
  });

  it.each([
    ['一、主要做法和成效'],
    ['(三)推进政府职能转变。'],
    ['（二）强化行政复议监督，'],
    ['2022年度章贡区法治政府建设情况的报告'],
  ])('reads %s as a heading', (line) => {
    expect(classifyParagraph(line)).toBe('heading');
  });

  it('reads a short sentence that ends with 。 and has no heading number as body', () => {
    expect(classifyParagraph('全年共收到行政复议申请20件。')).toBe('body');
  });

  it('reads a long numbered paragraph as body, not heading', () => {
    const paragraph =
      '一、行政复议工作。全年共收到行政复议申请20件，其中受理18件，不予受理2件；审结行政复议案件16件，作出撤改决定3件，直接纠错率18.8%，行政复议的监督作用进一步发挥。';
    expect(paragraph.length).toBeGreaterThan(60);
    expect(classifyParagraph(paragraph)).toBe('body');
  });

  it('keeps a body paragraph that mentions 访问量 as body', () => {
    const paragraph =
      '二是推进“互联网+政务服务”。打造章贡智能办事品牌“虔城办”,网上可办和掌上可办事项达1500个,上线可视化办事指南41个,访问量、用户数均居全市前列。';
    expect(classifyParagraph(paragraph)).toBe('body');
  });

  it('keeps a sentence that starts with 访问量 as body', () => {
    expect(classifyParagraph('访问量同比增长20%。')).toBe('body');
  });

  it('does not take a year such as 2020 between dashes for a page number', () => {
    expect(classifyParagraph('— 2020 —')).not.toBe('page-number');
  });
});

describe('splitArtefacts', () => {
  const text = '优秀率97.5[image: C:\\x.png]。民法典专题[bookmark: _GoBack]参考人数4608人';

  it('finds image and bookmark artefacts between plain runs', () => {
    expect(splitArtefacts(text)).toEqual([
      { text: '优秀率97.5' },
      { text: '[image: C:\\x.png]', artefact: 'image' },
      { text: '。民法典专题' },
      { text: '[bookmark: _GoBack]', artefact: 'bookmark' },
      { text: '参考人数4608人' },
    ]);
  });

  it('gives back the text unchanged when the runs are joined', () => {
    for (const sample of [
      text,
      '[bookmark: _GoBack]2020年，我区……',
      '无人工痕迹的段落。',
      '',
      '[image: a][image: b]',
      '[image: C:\\x.png]。',
      '[not: an artefact]',
    ]) {
      expect(
        splitArtefacts(sample)
          .map((run) => run.text)
          .join(''),
      ).toBe(sample);
    }
  });

  it('handles artefacts at the start, at the end and back to back', () => {
    expect(
      splitArtefacts('[bookmark: _GoBack]正文[image: C:\\a.png][image: C:\\b.png]').map(
        (run) => run.artefact ?? 'text',
      ),
    ).toEqual(['bookmark', 'text', 'image', 'image']);
  });

  it('leaves look-alike brackets as plain text', () => {
    expect(splitArtefacts('见[附件: 1]和[image:no-space]')).toEqual([{ text: '见[附件: 1]和[image:no-space]' }]);
  });

  it('gives no runs for empty text', () => {
    expect(splitArtefacts('')).toEqual([]);
  });
});
