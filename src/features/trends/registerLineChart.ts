/**
 * Registers the line chart with ECharts, for the views that draw trends (the family screens' 历年趋势 and
 * its slides). Imported only by those lazily loaded views: the overview's bundle does not carry it.
 */
import { LineChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

echarts.use([LineChart, MarkLineComponent]);
