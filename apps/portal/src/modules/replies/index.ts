export { createReplyService, type PersonReply, type ReplyService, type ReplyDeps } from './replies.service.ts';
export { registerReplyRoutes } from './replies.routes.ts';
