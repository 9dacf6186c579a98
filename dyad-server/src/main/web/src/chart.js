// The UI's charts, drawn with Apache ECharts (only the parts they need are bundled): the date
// histogram of search results and the trend of a dyad.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

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

/**
 * Draws a dyad's trend into `node`: net cooperation per period as a line (left axis, -1 to 1) with
 * the change points as vertical marks, and the real-world events counted per period as bars.
 */
export function trendChart(node, series, changePoints, counting) {
  const chart = echarts.init(node, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 44, right: 44, top: 32, bottom: 24 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: series.map((p) => p.period) },
    yAxis: [{ type: 'value', min: -1, max: 1, name: 'net_coop' }, { type: 'value', minInterval: 1, name: counting }],
    series: [
      { name: counting, type: 'bar', yAxisIndex: 1, data: series.map((p) => (counting === 'events' ? p.events : p.clusters)),
        barMaxWidth: 48, itemStyle: { color: '#c9d6ea' } },
      { name: 'net cooperation', type: 'line', yAxisIndex: 0, data: series.map((p) => p.net_coop),
        itemStyle: { color: '#1f5fbf' },
        markLine: { symbol: 'none', lineStyle: { color: '#a3231b', type: 'dashed' }, label: { formatter: 'change' },
          data: changePoints.map((c) => ({ xAxis: c.period })) } },
    ],
  });
  return chart;
}
