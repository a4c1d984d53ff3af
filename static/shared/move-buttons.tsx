import { IconButton } from '@atlaskit/button/new';
import ArrowUpIcon from '@atlaskit/icon/core/arrow-up';
import ArrowDownIcon from '@atlaskit/icon/core/arrow-down';
import { useT } from './use-t';

/** Up and down for reordering a list (gates, criteria, behaviours): what Atlaskit has no single control for. */
export function MoveButtons({
  name,
  index,
  count,
  onMove,
  isDisabled = false,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  isDisabled?: boolean;
}) {
  const t = useT();
  return (
    <>
      <IconButton
        icon={ArrowUpIcon}
        label={t('move.up', { name })}
        spacing="compact"
        appearance="subtle"
        isDisabled={isDisabled || index === 0}
        onClick={() => onMove(index - 1)}
      />
      <IconButton
        icon={ArrowDownIcon}
        label={t('move.down', { name })}
        spacing="compact"
        appearance="subtle"
        isDisabled={isDisabled || index === count - 1}
        onClick={() => onMove(index + 1)}
      />
    </>
  );
}
