import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import '@/components/panel.css';

render(<PopupApp search={location.search} />, document.getElementById('app')!);
