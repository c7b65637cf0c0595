/**
 * The fixed parts of the signing script (script.ts), as POSIX sh. Each runs
 * under dash and bash and uses only printf, od, tr, sort, openssl and curl.
 */

/**
 * RFC 5849 §3.6 in sh: every byte outside ALPHA / DIGIT / "-" / "." / "_" / "~"
 * becomes %XX. od lists the bytes; the output is built as one printf format
 * (unreserved bytes as octal escapes, the rest as "%%XX") so it costs one printf.
 */
export const ENCODE_FUNCTION = String.raw`# RFC 5849 §3.6: each byte outside ALPHA / DIGIT / "-" / "." / "_" / "~" becomes %XX (upper-case hex).
enc() {
  fmt=''
  for h in $(printf '%s' "$1" | od -An -v -tx1 | tr 'a-f' 'A-F'); do
    case $h in
      3[0-9] | 4[1-9A-F] | 5[0-9A] | 6[1-9A-F] | 7[0-9A] | 2D | 2E | 5F | 7E)
        n=$((0x$h))
        fmt="$fmt\\$((n / 64))$((n / 8 % 8))$((n % 8))" ;;
      *) fmt="$fmt%%$h" ;;
    esac
  done
  printf "$fmt"
}`;

// Shell lines that contain "${", which a template literal would read as its own.
const TO_QUERY = 'to_query() { QUERY="$QUERY${QUERY:+&}$(enc "$1")=$(enc "$2")"; }';
const TO_BODY = 'to_body() { BODY="$BODY${BODY:+&}$(enc "$1")=$(enc "$2")"; }';
const STRIP_LAST_AMP = 'NORMALIZED=${NORMALIZED%&}';

/** Collecting: each parameter is signed (§3.4.1.3.1) and sent where it belongs. */
export function collectFunctions(oauthTarget: 'to_header' | 'to_query' | 'to_body', headerStart: string, firstSeparator: string): string {
  return String.raw`# Every signed parameter as an encoded "name=value" line (§3.4.1.3.1), and where each one is sent.
SIGNED=''
QUERY=''
BODY=''
HEADER=${headerStart}
SEP=${firstSeparator}
sign() { SIGNED="$SIGNED$(enc "$1")=$(enc "$2")
"; }
${TO_QUERY}
${TO_BODY}
to_header() { HEADER="$HEADER$SEP$(enc "$1")=\"$(enc "$2")\""; SEP=', '; }
query_param() { sign "$1" "$2"; to_query "$1" "$2"; }
body_param() { sign "$1" "$2"; to_body "$1" "$2"; }
oauth_param() { sign "$1" "$2"; ${oauthTarget} "$1" "$2"; }`;
}

export const BASE_STRING_LINES = String.raw`# §3.4.1.3.2: sort by encoded name, then by encoded value, in byte order; join with "&".
NORMALIZED=$(printf '%s' "$SIGNED" | sort -t '=' -k 1,1 -k 2,2 | tr '\n' '&')
${STRIP_LAST_AMP}
# §3.4.1.1: the method in upper case, the base string URI and the parameters, each encoded, joined with "&".
BASE_STRING="$(printf '%s' "$METHOD" | tr 'a-z' 'A-Z')&$(enc "$BASE_URI")&$(enc "$NORMALIZED")"
# §3.4.2: the key is the encoded consumer secret and the encoded token secret, joined with "&".
KEY="$(enc "$CONSUMER_SECRET")&$(enc "$TOKEN_SECRET")"`;

/** §3.4.2 / §3.4.4 for each method this script can compute. */
export function signatureLine(method: 'HMAC-SHA1' | 'HMAC-SHA256' | 'HMAC-SHA512' | 'PLAINTEXT'): string {
  if (method === 'PLAINTEXT') return '# §3.4.4: PLAINTEXT sends the key itself.\nSIGNATURE=$KEY';
  const digest = { 'HMAC-SHA1': 'sha1', 'HMAC-SHA256': 'sha256', 'HMAC-SHA512': 'sha512' }[method];
  return String.raw`# HMAC over the base string; the key goes to openssl as hex, so none of its bytes can be read as an option.
KEY_HEX=$(printf '%s' "$KEY" | od -An -v -tx1 | tr -d ' \n')
SIGNATURE=$(printf '%s' "$BASE_STRING" | openssl dgst -${digest} -mac HMAC -macopt "hexkey:$KEY_HEX" -binary | openssl base64 -A)`;
}
