import { adf, EMPTY_DESCRIPTION, option, user, version, component } from '../../../../test/support/builders';
import { fieldValueIsSet } from './field-value-is-set';

describe('fieldValueIsSet', () => {
  it.each([
    ['null (what Jira answers for an empty field)', null],
    ['undefined (field absent from the answer)', undefined],
    ['an empty string', ''],
    ['a whitespace string', ' \n\t '],
    ['an empty list (fixVersions, components, labels)', []],
    ['an ADF doc of empty paragraphs', EMPTY_DESCRIPTION],
    ['an ADF doc with whitespace text', adf.doc(adf.paragraph(adf.text('  ')))],
  ])('is false for %s', (_name, value) => {
    expect(fieldValueIsSet(value)).toBe(false);
  });

  it.each([
    ['text', 'Checkout'],
    ['0 story points', 0],
    ['a fractional number', 0.5],
    ['a negative number', -1],
    ['false (a checkbox-like boolean)', false],
    ['true', true],
    ['a single-select option', option('10040', 'Medium')],
    ['a user', user('dana')],
    ['a list of users (multi-user picker)', [user('quinn'), user('lee')]],
    ['a list of versions', [version('10021', 'Checkout 2025.04')]],
    ['a list of components', [component('10031', 'Payments')]],
    ['a list of labels', ['wip']],
    ['a list holding an empty string (still a non-empty list)', ['']],
    ['an ADF doc with text', adf.doc(adf.paragraph(adf.text('Release notes')))],
    ['an ADF doc with only a mention', adf.doc(adf.paragraph(adf.mention('priya')))],
    ['any other object', { progress: 0, total: 0 }],
  ])('is true for %s', (_name, value) => {
    expect(fieldValueIsSet(value)).toBe(true);
  });

  it('treats a doc-like object without a content array as a plain object', () => {
    expect(fieldValueIsSet({ type: 'doc', version: 1 })).toBe(true);
  });
});
