import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { embedRequest } from './config/embedLink';
import { App } from './ui/App';
import { EmbedApp } from './ui/embed/EmbedApp';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// `?embed=1`: the compact page for an iframe (src/ui/embed); otherwise the playground.
const embed = embedRequest(window.location.search);

createRoot(root).render(<StrictMode>{embed ? <EmbedApp request={embed} /> : <App />}</StrictMode>);

