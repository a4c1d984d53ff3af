import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';

/** "Delete this gate?", with what deleting it does to the workflow rules that name it. */
export default function DeleteGateModal({
  gateName,
  consequence,
  onKeep,
  onDelete,
}: {
  gateName: string;
  consequence: string;
  onKeep: () => void;
  onDelete: () => void;
}) {
  return (
    <Modal onClose={onKeep} testId="confirm-delete" label={`Delete ${gateName}?`}>
      <ModalHeader hasCloseButton>
        <ModalTitle appearance="danger">Delete {gateName}?</ModalTitle>
      </ModalHeader>
      <ModalBody>{consequence}</ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onKeep}>
          Keep it
        </Button>
        <Button appearance="danger" testId="confirm-delete-yes" autoFocus onClick={onDelete}>
          Delete
        </Button>
      </ModalFooter>
    </Modal>
  );
}
