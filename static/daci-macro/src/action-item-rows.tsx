import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import { DACI_LIMITS } from '../../../src/domain/daci/daci-limits';
import { DateField } from '../../shared/date-field';
import { TextField } from '../../shared/text-field';
import { useT } from '../../shared/use-t';
import { PeoplePicker, type PersonOption } from './people-picker';
import type { ShownPeople } from './people';
import type { ActionItem } from './types';

interface Props {
  prefix: string;
  items: ActionItem[];
  people: ShownPeople;
  siteUrl: string | undefined;
  onChange(items: ActionItem[]): void;
  onPeople(chosen: PersonOption[]): void;
}

/** A decision's action items in the config modal: what, who, by when, done; add and remove. */
export function ActionItemRows({ prefix, items, people, siteUrl, onChange, onPeople }: Props) {
  const t = useT();
  const set = (i: number, patch: Partial<ActionItem>) => onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  return (
    <fieldset className="daci-options" data-testid={`${prefix}-action-items`}>
      <legend>{t('daci.actionItems')}</legend>
      {items.map((item, i) => {
        const p = `${prefix}-action-${i}`;
        const number = i + 1;
        return (
          <div key={i} className="daci-option" role="group" aria-label={t('daci.config.actionItem', { number })}>
            <TextField
              id={`${p}-text`}
              label={t('daci.config.actionItem', { number })}
              value={item.text}
              maxLength={DACI_LIMITS.actionItemLength}
              onChange={(text) => set(i, { text })}
            />
            <div className="daci-row">
              <PeoplePicker
                id={`${p}-owner`}
                label={t('daci.actionOwner')}
                value={item.owner ? [item.owner] : []}
                people={people}
                siteUrl={siteUrl}
                multi={false}
                onChange={(ids, chosen) => {
                  onPeople(chosen);
                  const { owner: _was, ...rest } = item;
                  onChange(items.map((x, j) => (j === i ? (ids[0] ? { ...rest, owner: ids[0] } : rest) : x)));
                }}
              />
              <DateField
                id={`${p}-due`}
                label={t('daci.config.dueDate')}
                value={item.due}
                onChange={(due) => {
                  const { due: _was, ...rest } = item;
                  onChange(items.map((x, j) => (j === i ? (due ? { ...rest, due } : rest) : x)));
                }}
              />
            </div>
            <Checkbox id={`${p}-done`} label={t('daci.actionDone')} isChecked={item.done} onChange={(e) => set(i, { done: e.target.checked })} />
            <Button onClick={() => onChange(items.filter((_, j) => j !== i))}>{t('daci.config.removeActionItem', { number })}</Button>
          </div>
        );
      })}
      <Button isDisabled={items.length >= DACI_LIMITS.actionItems} onClick={() => onChange([...items, { text: '', done: false }])}>
        {t('daci.config.addActionItem')}
      </Button>
    </fieldset>
  );
}
