/**
 * The baseline for `bench delivery`: a bare Socket.IO relay with no persistence, validation or bot —
 * a visitor's message is acked and fanned out to the agents' room. Same transport settings as Baton.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 0);
const http = createServer((req, res) => {
  res.writeHead(req.url === '/api/health' ? 200 : 404).end('{}');
});
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
let seq = 0;
io.of('/visitor').on('connection', (socket) => {
  socket.on('message:send', (p: { clientMsgId: string; body: string }, ack: (a: unknown) => void) => {
    const message = { id: String(++seq), seq, clientMsgId: p.clientMsgId, body: p.body, authorType: 'visitor', meta: {} };
    ack({ ok: true, data: { message } });
    io.of('/agent').to('agents').emit('message:created', { conversationId: socket.id, message });
  });
});
io.of('/agent').on('connection', (socket) => void socket.join('agents'));
http.listen(port, '127.0.0.1');
