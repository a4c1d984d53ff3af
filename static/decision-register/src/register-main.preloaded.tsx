import { createRoot } from 'react-dom/client';
import type { EarlyAnswer } from '../../shared/early-answer';
import type { Translate } from '../../shared/translate';
import { Translated } from '../../shared/translated';
import { WhereFromForge } from '../../shared/use-forge-where';
import { RegisterApp } from './register-app';
import type { Envelope, RegisterData } from './types';

/** Mounts the register; the entry calls it after first-register has sent the first call. */
export function mountRegister(first: EarlyAnswer<Envelope<RegisterData>>, translate: EarlyAnswer<Translate>): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Translated translate={translate}>
      <WhereFromForge>
        <RegisterApp first={first} />
      </WhereFromForge>
    </Translated>,
  );
}
