import { gateProblemPlace } from '../../../src/domain/gates/problem-place';
import { useEffect, useRef, useState } from 'react';
import { view } from '@forge/bridge';
import { workflowRules } from '@forge/jira-bridge';
import { call, type ResolverError } from '../../project-settings/src/shared/call';
import Checkbox from '@atlaskit/checkbox';
import { ChoiceSelect } from '../../shared/choice-select';
import { ErrorMessage } from '../../shared/error-message';
import { savedConfig } from './saved-config';
import { plural } from '../../shared/translate';
import { useT } from '../../shared/use-t';
import { appLocaleOf } from '../../../src/domain/words/locale-code';

interface Option {
  id: string;
  name: string;
  criteria: number;
  source: string;
}
interface RuleOptions {
  options: Option[];
  summary?: string;
}
type Loaded = { state: 'loading' } | { state: 'error'; error: ResolverError } | { state: 'ready'; entryPoint: string; data: RuleOptions };

/**
 * The validator's create / edit / view screens. Create and edit: pick the gate and fail-open;
 * onConfigure answers `{gateId, failOpen, locale}` (a small reference, far below Jira's 32 KB cap);
 * `locale`, the admin's language, is the language of the rule's block messages.
 * View: the one-line summary ("Requires Definition of Done — 8 criteria").
 */
/** "German" / "Deutsch": the rule's language, named in the admin's own. */
function languageName(locale: string): string {
  const code = appLocaleOf(locale);
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code.split('-')[0]!) ?? code;
  } catch {
    return code;
  }
}

export function RuleConfig() {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [gateId, setGateId] = useState('');
  const [failOpen, setFailOpen] = useState(false);
  const [refusal, setRefusal] = useState<ResolverError | undefined>();
  const choice = useRef({ gateId: '', failOpen: false });
  useEffect(() => {
    choice.current = { gateId, failOpen };
  }, [gateId, failOpen]);
  // A refusal is about the choice it refused: a new choice clears it.
  const pickGate = (id: string) => {
    setGateId(id);
    setRefusal(undefined);
  };
  const pickFailOpen = (open: boolean) => {
    setFailOpen(open);
    setRefusal(undefined);
  };

  useEffect(() => {
    void (async () => {
      const context = (await view.getContext()) as { extension?: { entryPoint?: string; validatorConfig?: unknown } };
      const entryPoint = context.extension?.entryPoint ?? 'create';
      const saved = savedConfig(context.extension?.validatorConfig);
      setGateId(saved.gateId ?? '');
      setFailOpen(saved.failOpen);
      const answer = await call<RuleOptions>('getRuleOptions', saved.gateId ? { gateId: saved.gateId, failOpen: saved.failOpen } : {});
      setLoaded(answer.ok ? { state: 'ready', entryPoint, data: answer.data } : { state: 'error', error: answer.error });
      if (entryPoint === 'view') return;
      // An incomplete form answers undefined: the editor keeps the dialog open (the docs allow it; the type says string).
      await workflowRules.onConfigure((async () => {
        const { gateId: id, failOpen: open } = choice.current;
        if (!id) {
          setRefusal({ code: 'BAD_INPUT', message: t('rule.pickGateFirst') });
          return undefined;
        }
        const chosen = await call<RuleOptions>('chooseRuleGate', { gateId: id, failOpen: open });
        if (!chosen.ok) {
          setRefusal(chosen.error);
          return undefined;
        }
        return JSON.stringify({ gateId: id, failOpen: open, locale: appLocaleOf(t.locale) });
      }) as unknown as () => Promise<string>);
    })();
    // t is the screen's one translation function (it does not change once the screen is drawn).
  }, [t]);

  if (loaded.state === 'loading')
    return (
      <p className="cf-muted" role="status">
        {t('rule.loading')}
      </p>
    );
  if (loaded.state === 'error') return <ErrorMessage error={loaded.error} placeOf={gateProblemPlace} withPath />;
  if (loaded.entryPoint === 'view') {
    return (
      <p data-testid="rule-summary" style={{ margin: 0 }}>
        {loaded.data.summary ?? t('rule.noGateYet')}
      </p>
    );
  }
  const known = loaded.data.options.some((o) => o.id === gateId);
  const choices = [
    ...(gateId && !known ? [{ value: gateId, label: t('rule.gone', { gate: gateId }) }] : []),
    ...loaded.data.options.map((o) => ({
      value: o.id,
      label: t('rule.option', { name: o.name, criteria: plural(t, 'rule.criteria', o.criteria), source: o.source }),
    })),
  ];
  return (
    <form className="cf-page" style={{ padding: 8 }} onSubmit={(e) => e.preventDefault()} data-testid="rule-form">
      <ChoiceSelect id="gate" label={t('rule.gateLabel')} value={gateId} choices={choices} placeholder={t('rule.pickGate')} onChange={pickGate} />
      <p className="cf-muted" style={{ font: 'var(--ds-font-body-small)' }}>
        {t('rule.editedWhere')}
      </p>
      <p className="cf-muted" style={{ font: 'var(--ds-font-body-small)' }} data-testid="message-language">
        {t('rule.messageLanguage', { language: languageName(t.locale) })}
      </p>
      <div style={{ marginTop: 8 }}>
        <Checkbox testId="fail-open" isChecked={failOpen} onChange={(e) => pickFailOpen(e.target.checked)} label={t('rule.failOpen')} />
      </div>
      {refusal && <ErrorMessage error={refusal} placeOf={gateProblemPlace} withPath testId="rule-error" />}
    </form>
  );
}
