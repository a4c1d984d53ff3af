import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { useState } from 'react';
import type { Gate } from './shared/types';
import { WorkTypesPicker } from './work-types-picker';
import { useT } from '../../shared/use-t';

/** Before a template becomes a gate: which of the project's work types it is for (none picked: every work type). */
export default function TemplateWorkTypesModal({
  gate,
  workTypes,
  onCancel,
  onContinue,
}: {
  gate: Gate;
  workTypes: readonly string[];
  onCancel: () => void;
  onContinue: (gate: Gate) => void;
}) {
  const t = useT();
  const [appliesTo, setAppliesTo] = useState(gate.appliesTo);
  const title = t('templateTypes.title', { name: gate.name });
  return (
    <Modal onClose={onCancel} testId="template-work-types" label={title}>
      <ModalHeader hasCloseButton>
        <ModalTitle>{title}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <p>{t('templateTypes.question')}</p>
        <WorkTypesPicker id="template-types" label={t('templateTypes.label')} workTypes={workTypes} value={appliesTo} onChange={setAppliesTo} />
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onCancel}>
          {t('settings.cancel')}
        </Button>
        <Button
          appearance="primary"
          testId="template-continue"
          onClick={() => {
            const { appliesTo: _template, ...rest } = gate;
            onContinue(appliesTo ? { ...rest, appliesTo } : rest);
          }}
        >
          {t('templateTypes.continue')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
