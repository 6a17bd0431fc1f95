import { render } from 'preact';
import { SidePanelApp } from '@/components/SidePanelApp';
import '@/components/panel.css';

render(<SidePanelApp search={location.search} />, document.getElementById('app')!);
