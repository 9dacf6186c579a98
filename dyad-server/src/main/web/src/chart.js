// The date histogram of search results, drawn with Apache ECharts (only the parts it needs are bundled).
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Draws documents per month into `node`; clicking a bar calls `onMonth('yyyy-MM')`. */
export function monthHistogram(node, months, onMonth) {
  const chart = echarts.init(node, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 36, right: 8, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.value) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: months.map((m) => m.count), itemStyle: { color: '#1f5fbf' } }],
  });
  chart.on('click', (event) => onMonth(months[event.dataIndex].value));
  return chart;
}
