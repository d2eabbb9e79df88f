import { useChat } from './chatStore';
import { Composer } from './components/Composer';
import { AgentAwayBanner } from './components/AgentAwayBanner';
import { ConnectionBanner } from './components/ConnectionBanner';
import { CsatPrompt } from './components/CsatPrompt';
import { EscalateButton } from './components/EscalateButton';
import { FatalError } from './components/FatalError';
import { Header } from './components/Header';
import { MessageList } from './components/MessageList';
import { Notice } from './components/Notice';
import { QueueStatus } from './components/QueueStatus';

export function App() {
  const fatalError = useChat((s) => s.fatalError);
  return (
    <div className="flex h-full flex-col overflow-hidden bg-white font-sans text-[15px] text-slate-800 antialiased">
      <Header />
      {fatalError ? (
        <FatalError message={fatalError} />
      ) : (
        <>
          <ConnectionBanner />
          <AgentAwayBanner />
          <QueueStatus />
          <MessageList />
          <Notice />
          <CsatPrompt />
          <EscalateButton />
          <Composer />
        </>
      )}
    </div>
  );
}
