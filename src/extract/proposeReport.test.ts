import { describe, expect, it } from 'vitest';
import { proposeReport } from './proposeReport';
import { toSimplified } from './toSimplified';

const propose = (text: string) => proposeReport(text, toSimplified(text));

describe('proposeReport', () => {
  it('reads the title, year and district with its GB/T 2260 code', () => {
    expect(propose('成都市武侯区人民政府2021年法治政府建设年度报告\n\n2021年，我区……')).toEqual({
      district: '武侯区',
      city: '成都市',
      province: '四川省',
      year: 2021,
      title: '成都市武侯区人民政府2021年法治政府建设年度报告',
      script: 'hans',
      adminCode: '510107',
    });
  });

  it('joins a title split over two lines', () => {
    expect(propose('南昌市西湖区人民政府2022年\n法治政府建设年度报告\n正文')).toMatchObject({ title: '南昌市西湖区人民政府2022年法治政府建设年度报告', adminCode: '360103' });
  });

  it('leaves out the navigation a web page writes before the title', () => {
    expect(propose('首页>信息公开>公告公示2021年度余杭区法治政府建设情况的报告\n正文')).toMatchObject({ title: '2021年度余杭区法治政府建设情况的报告', district: '余杭区', adminCode: '330110' });
  });

  it('keeps a Traditional title as written and says the script is Traditional', () => {
    expect(propose('深圳市福田區人民政府2020年法治政府建設年度報告\n正文')).toMatchObject({ title: '深圳市福田區人民政府2020年法治政府建設年度報告', script: 'hant', district: '福田区', adminCode: '440304' });
  });

  it('calls a Simplified report with a few Traditional characters Simplified', () => {
    const text = `${'全区法治政府建设取得新进展。'.repeat(30)}\n引用原文：審結。`;
    expect(propose(text).script).toBe('hans');
  });

  it('tells namesakes apart by the city the text names', () => {
    expect(propose('长春市朝阳区2020年法治政府建设年度报告\n正文')).toMatchObject({ city: '长春市', adminCode: '220104' });
    expect(propose('北京市朝阳区2020年法治政府建设年度报告\n正文')).toMatchObject({ city: '北京市', adminCode: '110105' });
  });

  it('composes a title when the text has no title line', () => {
    expect(propose('2020年，在市委的领导下，瑞金市坚持依法行政……\n瑞金市全年……')).toMatchObject({ title: '瑞金市2020年法治政府建设年度报告', adminCode: '360781', year: 2020 });
  });

  it('leaves what it cannot tell empty', () => {
    expect(propose('年度工作总结\n正文')).toMatchObject({ district: '', adminCode: '', year: null, title: '' });
  });
});
