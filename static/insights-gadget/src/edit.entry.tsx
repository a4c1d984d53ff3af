// The gadget's settings (its edit view): a project, one of its gates, a period.
import '@atlaskit/css-reset';
import '../../shared/frame-height.css';
import './gadget.css';
import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import { earlyAnswer } from '../../shared/early-answer';
import { sharedTranslate } from '../../shared/i18n';
import { Translated } from '../../shared/translated';
import { gadgetContext } from './gadget-config';
import { GadgetEdit } from './gadget-edit';

void view.theme.enable();
createRoot(document.getElementById('root') as HTMLElement).render(
  <Translated translate={earlyAnswer(sharedTranslate())}>
    <GadgetEdit context={gadgetContext} />
  </Translated>,
);
