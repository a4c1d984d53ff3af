import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { useT } from '../../shared/use-t';

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
  const t = useT();
  const title = t('deleteGate.title', { name: gateName });
  return (
    <Modal onClose={onKeep} testId="confirm-delete" label={title}>
      <ModalHeader hasCloseButton>
        <ModalTitle appearance="danger">{title}</ModalTitle>
      </ModalHeader>
      <ModalBody>{consequence}</ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onKeep}>
          {t('deleteGate.keep')}
        </Button>
        <Button appearance="danger" testId="confirm-delete-yes" autoFocus onClick={onDelete}>
          {t('settings.delete')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
