import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { useState } from 'react';
import type { Gate } from './shared/types';
import { WorkTypesPicker } from './work-types-picker';

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
  const [appliesTo, setAppliesTo] = useState(gate.appliesTo);
  const title = `Create ${gate.name} from the template`;
  return (
    <Modal onClose={onCancel} testId="template-work-types" label={title}>
      <ModalHeader hasCloseButton>
        <ModalTitle>{title}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <p>Which work types should it check? Leave it empty to check every work type of the project.</p>
        <WorkTypesPicker id="template-types" label="Work types" workTypes={workTypes} value={appliesTo} onChange={setAppliesTo} />
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          appearance="primary"
          testId="template-continue"
          onClick={() => {
            const { appliesTo: _template, ...rest } = gate;
            onContinue(appliesTo ? { ...rest, appliesTo } : rest);
          }}
        >
          Continue
        </Button>
      </ModalFooter>
    </Modal>
  );
}
