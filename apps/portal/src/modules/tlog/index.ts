export { registerTlogProxyRoutes } from './tlog-proxy.routes.ts';
