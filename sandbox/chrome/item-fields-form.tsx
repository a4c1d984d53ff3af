import React, { useState } from 'react';
import { token } from '@atlaskit/tokens';
import { isJiraError, jira } from './api';
import { adfToText, textToAdf } from './adf-text';
import type { Issue } from './types';
import { Button, ErrorText, space } from './ui';

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const inputStyle = {
  width: '100%',
  boxSizing: 'border-box' as const,
  font: token('font.body'),
  padding: space(100),
  background: token('color.background.input'),
  color: token('color.text'),
  border: `2px solid ${token('color.border.input')}`,
  borderRadius: 3,
};

/** Edits the fields gates usually check, through the stand-in's `PUT /rest/api/3/issue/{key}`. */
export function ItemFieldsForm({ issue, onSaved, onCancel }: { issue: Issue; onSaved(): void; onCancel(): void }) {
  const [description, setDescription] = useState(adfToText(issue.fields.description));
  const [fixVersions, setFixVersions] = useState(issue.fields.fixVersions.map((v) => v.name).join(', '));
  const [labels, setLabels] = useState(issue.fields.labels.join(', '));
  const [errors, setErrors] = useState<string[]>([]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      await jira.put(`/rest/api/3/issue/${issue.key}`, {
        fields: { description: textToAdf(description), fixVersions: list(fixVersions).map((name) => ({ name })), labels: list(labels) },
      });
      onSaved();
    } catch (error) {
      setErrors(isJiraError(error) ? error.messages : [String(error)]);
    }
  }

  return (
    <form onSubmit={save} aria-label={`Edit ${issue.key}`} style={{ display: 'grid', gap: space(150) }}>
      <label>
        Description
        <textarea rows={4} value={description} onChange={(e) => setDescription(e.target.value)} style={inputStyle} />
      </label>
      <label>
        Fix versions (comma-separated names)
        <input value={fixVersions} onChange={(e) => setFixVersions(e.target.value)} style={inputStyle} />
      </label>
      <label>
        Labels (comma-separated)
        <input value={labels} onChange={(e) => setLabels(e.target.value)} style={inputStyle} />
      </label>
      <ErrorText messages={errors} />
      <div style={{ display: 'flex', gap: space(100) }}>
        <button
          type="submit"
          style={{ ...inputStyle, width: 'auto', background: token('color.background.brand.bold'), color: token('color.text.inverse'), border: 'none' }}
        >
          Save
        </button>
        <Button appearance="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
