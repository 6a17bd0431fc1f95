import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/panel.css';

render(<OptionsApp />, document.getElementById('app')!);
