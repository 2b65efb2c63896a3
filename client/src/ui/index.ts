/** The design system: features compose these and do not restyle them. */
// The style sheets are in ./styles.ts (imported once by the app's entry), so this file is only
// exports: a page importing one primitive does not bring the others' code along.

export { Button, ButtonLink, type ButtonProps, type ButtonVariant } from './Button';
export { TextField, TextArea, Select, Checkbox, fieldId, type SelectOption } from './fields';
export { useFormErrors, FormError, GroupError, type FormErrors } from './form-errors';
export { Spinner, ErrorMessage, Notice, EmptyState, type NoticeTone } from './feedback';
export { PageHeader, Card, Stack, Cluster, Grid, VisuallyHidden } from './layout';
export { Badge, StatusBadge, type Tone } from './Badge';
export { LoadMore } from './LoadMore';
export { PlainText } from './PlainText';
export { BarChart } from './BarChart';
export { PhotoPicker, usePhotoPicker, type PhotoPickerState } from './PhotoPicker';
export { PhotoUploadProvider } from './photo-upload';
export { Gallery, Thumbnail } from './Gallery';
export { MAX_PHOTOS, PhotoUploadError, uploadErrorOf, type GalleryImage, type UploadedPhoto, type UploadPhoto } from './photos';
export { SiteNameProvider, useSiteName } from './site';
export { contrastRatio, floorRatio, isHexColor, mix, MIN_TEXT_CONTRAST } from './contrast';
