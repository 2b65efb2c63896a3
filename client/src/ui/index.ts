/** The design system: features compose these and do not restyle them. */
import './tokens.css';
import './base.css';
import './components.css';

export { Button, ButtonLink, type ButtonProps, type ButtonVariant } from './Button';
export { TextField, TextArea, Select, Checkbox, fieldId, type SelectOption } from './fields';
export { useFormErrors, FormError, type FormErrors } from './form-errors';
export { Spinner, ErrorMessage, Notice, EmptyState, type NoticeTone } from './feedback';
export { PageHeader, Card, Stack, Cluster, Grid, VisuallyHidden } from './layout';
export { Badge, StatusBadge, type Tone } from './Badge';
export { LoadMore } from './LoadMore';
export { PlainText } from './PlainText';
export { PhotoPicker, PhotoUploadProvider, usePhotoPicker, type PhotoPickerState } from './PhotoPicker';
export { Gallery, Thumbnail } from './Gallery';
export { MAX_PHOTOS, PhotoUploadError, uploadErrorOf, type GalleryImage, type UploadedPhoto, type UploadPhoto } from './photos';
export { SiteNameProvider, useSiteName } from './site';
export { contrastRatio, floorRatio, isHexColor, mix, MIN_TEXT_CONTRAST } from './contrast';
