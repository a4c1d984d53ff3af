import React from 'react';
import { createRoot } from 'react-dom/client';
import { ChromeApp } from './chrome-app';

createRoot(document.getElementById('root')!).render(<ChromeApp />);
