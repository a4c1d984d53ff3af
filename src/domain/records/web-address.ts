/** A web address QA may give as evidence: http or https, a host, no spaces. */
export const WEB_ADDRESS = /^https?:\/\/[^\s/]+\S*$/i;
