import { describe, expect, it } from 'vitest';
import { subjectName } from './subject.ts';

const organization = {
  name: 'Contoso Ltd',
  country: 'US',
  state: 'Washington',
  locality: 'Redmond',
};

describe('subjectName', () => {
  it('writes C, S, L, O and CN in that order', () => {
    expect(subjectName(organization, 'mail.contoso.com')).toBe(
      'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com',
    );
  });

  it.each([
    [{ country: '' }, 'S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com'],
    [{ state: '' }, 'C=US,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com'],
    [{ locality: '' }, 'C=US,S=Washington,O=Contoso Ltd,CN=mail.contoso.com'],
    [{ name: '' }, 'C=US,S=Washington,L=Redmond,CN=mail.contoso.com'],
    [{ name: '', country: '', state: '', locality: '' }, 'CN=mail.contoso.com'],
  ])('leaves out what the plan does not give (%j)', (blank, expected) => {
    expect(subjectName({ ...organization, ...blank }, 'mail.contoso.com')).toBe(expected);
  });

  it.each([
    ['Contoso, Ltd', '"Contoso, Ltd"'],
    ['A+B', '"A+B"'],
    ['A=B', '"A=B"'],
    ['A;B', '"A;B"'],
    ['A<B', '"A<B"'],
    ['A>B', '"A>B"'],
    ['#1 Contoso', '"#1 Contoso"'],
    [' Contoso', '" Contoso"'],
    ['Contoso ', '"Contoso "'],
    ["O'Brien & Sons", "O'Brien & Sons"],
    ['Contoso Ltd', 'Contoso Ltd'],
  ])('quotes %j as %s in every free-text field', (value, written) => {
    expect(
      subjectName({ name: value, country: 'US', state: value, locality: value }, 'x.contoso.com'),
    ).toBe(`C=US,S=${written},L=${written},O=${written},CN=x.contoso.com`);
  });
});
