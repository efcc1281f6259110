/** Types for the ES module build of echarts-for-react's core component (the package types only lib/). */
declare module 'echarts-for-react/esm/core' {
  import EChartsReactCore from 'echarts-for-react/lib/core';
  export default EChartsReactCore;
}
