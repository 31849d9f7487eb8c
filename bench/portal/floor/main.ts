// The floor of the JS benchmark: React and ReactDOM rendering one heading, nothing else.
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    createElement(StrictMode, null, createElement('h1', null, 'Centre social Les Marronniers')),
  );
}
