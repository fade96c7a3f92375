import type { Request, Response } from 'express';
import mammoth from 'mammoth';
import multer from 'multer';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { importOptionsSchema, MAX_IMPORT_FILE_BYTES } from '../../shared/protocol/importApi.ts';
import { ApiError } from './ApiError.ts';

/** What an import works from, however it arrived. */
export interface ImportSource {
  format: 'text' | 'txt' | 'docx';
  text: string;
  title?: string;
  template?: string;
  /** The uploaded file's name without its extension, a last resort for the title. */
  fileName?: string;
}

const upload = multer({
  storage: multer.memoryStorage(),
  // Browsers send file names as raw UTF-8; busboy's default (latin1) would garble Chinese names.
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 4, fieldSize: 64 * 1024, parts: 6 },
}).single('file');

function toUploadError(error: unknown): ApiError {
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') {
      const megabytes = MAX_IMPORT_FILE_BYTES / 1024 / 1024;
      return new ApiError(API_ERROR.payloadTooLarge, `The file is larger than ${megabytes} MB`);
    }
    if (error.code === 'LIMIT_UNEXPECTED_FILE') {
      return new ApiError(API_ERROR.badRequest, 'Send one file, in the field "file"');
    }
    return new ApiError(API_ERROR.badRequest, `Invalid upload: ${error.message}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(API_ERROR.badRequest, `The upload could not be read: ${message}`);
}

function receive(request: Request, response: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    upload(request, response, (error: unknown) =>
      error ? reject(toUploadError(error)) : resolve(),
    );
  });
}

/** UTF-8 (with or without BOM), else GB18030, which Chinese Windows still saves .txt files in. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new ApiError(API_ERROR.badRequest, 'The .txt file is not UTF-8 (or GB18030) text');
    }
  }
}

async function extractDocx(bytes: Buffer): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch {
    throw new ApiError(API_ERROR.badRequest, 'The .docx file could not be read');
  }
}

function kindOf(file: Express.Multer.File): 'txt' | 'docx' {
  const name = file.originalname.toLowerCase();
  if (name.endsWith('.txt')) return 'txt';
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.doc') || name.endsWith('.wps')) {
    throw new ApiError(
      API_ERROR.badRequest,
      'Old Word (.doc) and WPS files cannot be imported; save the file as .docx first',
    );
  }
  throw new ApiError(API_ERROR.badRequest, 'Only .txt and .docx files can be imported');
}

/** Reads a multipart import: the file in field `file`, `title` and `template` as fields. */
export async function readImportUpload(
  request: Request,
  response: Response,
): Promise<ImportSource> {
  await receive(request, response);
  const file = request.file;
  if (!file) throw new ApiError(API_ERROR.badRequest, 'Send the file in the field "file"');
  const options = importOptionsSchema.safeParse(request.body ?? {});
  if (!options.success) {
    const details = options.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new ApiError(API_ERROR.badRequest, `Invalid import fields: ${details}`);
  }
  const kind = kindOf(file);
  if (file.size === 0) throw new ApiError(API_ERROR.badRequest, 'The file is empty');
  const text = kind === 'txt' ? decodeText(file.buffer) : await extractDocx(file.buffer);
  return {
    ...options.data,
    format: kind,
    text,
    fileName: file.originalname.replace(/\.[^.]*$/, ''),
  };
}
